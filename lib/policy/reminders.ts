import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { policyAcknowledgements, policyReminders, users } from "@/db/schema";
import { DEFAULT_REMINDER_LADDER } from "@/db/schema/policy";
import { inAudience, personalDueDate, personalStartDate, type PolicyVersion } from "@/db/queries/policy-audience";
import { todayIso } from "@/lib/dates";
import { enqueueMail } from "@/lib/mail/outbox";
import { dueStep } from "./reminder-ladder";
import { reminderMail } from "./reminder-mail";

export { dueStep } from "./reminder-ladder";

/**
 * Queues the reminder each outstanding person of the version is due at `now` (Amsterdam date).
 * The policy_reminder primary key (version, user, step) decides who sends a rung: when two instances
 * run at once, the second insert waits for the first and then does nothing, so no mail goes twice.
 * The mail is enqueued in the same transaction, so a rung is recorded exactly when its mail exists.
 * Returns the number of reminders queued.
 */
export async function queueDueReminders(tx: Tx, version: PolicyVersion, now: Date): Promise<number> {
  if (!version.publishedAt) return 0;
  const today = todayIso(now);
  const ladder = version.reminderLadder ?? DEFAULT_REMINDER_LADDER;
  const outstanding = await tx
    .select({ userId: users.id, name: users.name, email: users.email, dueOn: personalDueDate(version), startOn: personalStartDate(version) })
    .from(users)
    .leftJoin(policyAcknowledgements, and(eq(policyAcknowledgements.userId, users.id), eq(policyAcknowledgements.policyVersionId, version.id)))
    .where(and(inAudience(version), isNull(policyAcknowledgements.id)));
  if (outstanding.length === 0) return 0;

  const sent = new Map<string, string[]>();
  const rows = await tx.select({ userId: policyReminders.userId, step: policyReminders.step }).from(policyReminders).where(eq(policyReminders.policyVersionId, version.id));
  for (const row of rows) sent.set(row.userId, [...(sent.get(row.userId) ?? []), row.step]);

  let queued = 0;
  for (const person of outstanding) {
    const step = dueStep(ladder, person.startOn, person.dueOn, today, sent.get(person.userId) ?? []);
    if (!step) continue;
    const inserted = await tx
      .insert(policyReminders)
      .values({ policyVersionId: version.id, userId: person.userId, step, sentAt: now })
      .onConflictDoNothing()
      .returning({ step: policyReminders.step });
    if (inserted.length === 0) continue;
    const messageId = await enqueueMail(tx, reminderMail(version, person, person.dueOn, today, step), now);
    await tx
      .update(policyReminders)
      .set({ outboxMessageId: messageId })
      .where(and(eq(policyReminders.policyVersionId, version.id), eq(policyReminders.userId, person.userId), eq(policyReminders.step, step)));
    queued++;
  }
  return queued;
}
