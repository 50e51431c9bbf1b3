import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditRefusalTallies } from "@/db/schema";
import { appendAudit, type AuditInput } from "./chain";

export type RefusalOutcome = { folded: false; eventId: number } | { folded: true; eventId: number; repeats: number };

const minuteOf = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000);

/**
 * Records a refused attempt. Anonymous refusals of one action from one address in one minute fold into
 * the first one's row with a count, so a visitor cannot flood the log. The insert-or-increment on the tally row
 * decides atomically who is first: a concurrent second refusal waits for the first to commit and then
 * only counts. Refusals by a signed-in person are each written in full: they name someone, and the
 * CISO needs every one of them.
 */
export async function writeRefusalAudit(db: Db, input: Omit<AuditInput, "result"> & { result?: "denied" }, now = new Date()): Promise<RefusalOutcome> {
  const event = { ...input, result: "denied" as const };
  if (input.actorId !== null) {
    const head = await db.transaction((tx) => appendAudit(tx, event));
    return { folded: false, eventId: head.id };
  }
  // No trusted address: all such refusals share one tally per minute, or they would be a way around it.
  const ip = input.ip ?? "";
  const minute = minuteOf(now);
  return db.transaction(async (tx) => {
    const [tally] = await tx
      .insert(auditRefusalTallies)
      .values({ ip, action: input.action, minute, eventId: 0, repeats: 0 })
      .onConflictDoUpdate({ target: [auditRefusalTallies.ip, auditRefusalTallies.action, auditRefusalTallies.minute], set: { repeats: sql`${auditRefusalTallies.repeats} + 1` } })
      .returning({ repeats: auditRefusalTallies.repeats, eventId: auditRefusalTallies.eventId });
    if (tally.repeats > 0) return { folded: true as const, eventId: tally.eventId, repeats: tally.repeats };
    const head = await appendAudit(tx, event);
    await tx
      .update(auditRefusalTallies)
      .set({ eventId: head.id })
      .where(and(eq(auditRefusalTallies.ip, ip), eq(auditRefusalTallies.action, input.action), eq(auditRefusalTallies.minute, minute)));
    return { folded: false as const, eventId: head.id };
  });
}
