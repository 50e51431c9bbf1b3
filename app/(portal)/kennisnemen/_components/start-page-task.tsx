import Link from "next/link";
import { getDb } from "@/db";
import { ButtonLink } from "@/components/button-link";
import { formatDate, formatDateTime, todayIso } from "@/lib/dates";
import { getAcknowledgementTask } from "@/lib/policy/acknowledge-task";

/** The start page's first card: what the current policy asks of this person, or that it is done. */
export async function StartPageTask({ userId }: { userId: string }) {
  const today = todayIso();
  const task = await getAcknowledgementTask(getDb(), userId, today);
  if (task.kind === "open") {
    return (
      <section aria-labelledby="taak-beleid" className="portal-notice mb-8 flex flex-col gap-3">
        <h2 id="taak-beleid" className="utrecht-heading-2">
          Neem kennis van het beleid, versie {task.version.number}, vóór {formatDate(task.entry.dueOn)}
          {task.overdue ? <span className="portal-overdue"> (te laat)</span> : null}
        </h2>
        <p className="utrecht-paragraph">
          {task.overdue
            ? `De datum was ${formatDate(task.entry.dueOn)}. Lees het beleid en de lijst van apps, en verklaar dat u ze kent. Het kost een paar minuten.`
            : "Lees het beleid en de lijst van apps, en verklaar dat u ze kent. Het kost een paar minuten."}
        </p>
        <div><ButtonLink href="/kennisnemen" variant="primary">Naar het beleid</ButtonLink></div>
      </section>
    );
  }
  if (task.kind === "done") {
    return (
      <p className="utrecht-paragraph mb-8">
        U heeft kennisgenomen van versie {task.version.number} van het beleid op {formatDateTime(task.entry.acknowledgedAt)}.{" "}
        <Link className="utrecht-link" href="/kennisnemen">Bekijk het beleid en uw ontvangstbewijs</Link>
      </p>
    );
  }
  return null;
}
