import "server-only";
import { and, eq, gte, isNull, lt, lte } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { exemptions, users } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import type { Job } from "@/lib/jobs/job";
import { enqueueMail } from "@/lib/mail/outbox";
import { runAsSystem } from "@/lib/system-action";
import { expiredMail, reminderMail } from "./mails";
import { addDaysIso, REMINDER_DAYS } from "./rules";

export type ExemptionJobResult = { expired: number[]; reminded: number[] };

async function mailTarget(tx: Tx, row: { id: number; userId: string; appName: string }) {
  const [person] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.userId));
  return { id: row.id, appName: row.appName, userName: person.name, email: person.email };
}

/**
 * Ends approved exemptions whose end date has passed and reminds people once, 30 days ahead. Each
 * step is one conditional UPDATE … RETURNING: a second instance running at the same moment waits for
 * the first one's row locks, then finds the rows changed and takes none of them, so nothing happens twice.
 */
export async function runExemptionJobs(db: Db, now = new Date()): Promise<ExemptionJobResult> {
  const today = todayIso(now);
  const expired = await runAsSystem(
    "exemption.expire",
    async ({ tx, audit }) => {
      const rows = await tx
        .update(exemptions)
        .set({ status: "expired", expiredAt: now, updatedAt: now })
        .where(and(eq(exemptions.status, "approved"), lt(exemptions.endsOn, today)))
        .returning({ id: exemptions.id, userId: exemptions.userId, appName: exemptions.appName, endsOn: exemptions.endsOn });
      for (const row of rows) {
        await enqueueMail(tx, expiredMail(await mailTarget(tx, row), row.endsOn!), now);
        await audit({ action: "exemption.expire", objectType: "exemption", objectId: row.id, before: { status: "approved", endsOn: row.endsOn }, after: { status: "expired" } });
      }
      return rows.map((r) => r.id);
    },
    db,
  );
  const reminded = await runAsSystem(
    "exemption.expiry.remind",
    async ({ tx, audit }) => {
      const rows = await tx
        .update(exemptions)
        .set({ expiryReminderSentAt: now })
        .where(and(eq(exemptions.status, "approved"), isNull(exemptions.expiryReminderSentAt), gte(exemptions.endsOn, today), lte(exemptions.endsOn, addDaysIso(today, REMINDER_DAYS))))
        .returning({ id: exemptions.id, userId: exemptions.userId, appName: exemptions.appName, endsOn: exemptions.endsOn });
      for (const row of rows) {
        await enqueueMail(tx, reminderMail(await mailTarget(tx, row), row.endsOn!), now);
        await audit({ action: "exemption.expiry.remind", objectType: "exemption", objectId: row.id, after: { endsOn: row.endsOn } });
      }
      return rows.map((r) => r.id);
    },
    db,
  );
  return { expired, reminded };
}

/** Hourly, and at start: an end date is a whole day, so the exact hour does not matter. */
export const exemptionJob: Job = {
  name: "exemption-expiry",
  label: "uitzonderingen laten verlopen en herinneringen klaarzetten",
  everyMs: 60 * 60_000,
  runAtStart: true,
  run: async (db, now) => {
    await runExemptionJobs(db, now);
  },
};
