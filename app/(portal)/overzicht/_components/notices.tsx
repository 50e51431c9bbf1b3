import { getDb } from "@/db";
import { takeUnseenNotices } from "@/db/queries/notices";
import { formatDateTime } from "@/lib/dates";

/**
 * What the person must be told at their next login (a role granted with four eyes, a new activation
 * link). Shown once: reading marks the notices seen in the same statement (see takeUnseenNotices for
 * why that write has no audit row).
 */
export async function Notices({ userId }: { userId: string }) {
  const notices = await takeUnseenNotices(getDb(), userId);
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="berichten" className="portal-notice mb-8 flex flex-col gap-3">
      <h2 id="berichten" className="utrecht-heading-3">{notices.length === 1 ? "Bericht over uw account" : "Berichten over uw account"}</h2>
      {notices.map((n) => (
        <p key={n.id} className="utrecht-paragraph">
          <span className="font-bold">{formatDateTime(n.createdAt)}:</span> {n.message}
        </p>
      ))}
      <p className="utrecht-paragraph">U ziet dit bericht één keer.</p>
    </section>
  );
}
