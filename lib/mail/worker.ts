import { and, asc, eq, isNull, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { runAsSystem } from "@/lib/system-action";
import type { MailTransport } from "./transport";
import { describeMailError, messageIdFor, nextAttemptAfter } from "./delivery";

// How long a claimed message is reserved for the worker that claimed it. Longer than a whole batch
// can take with the transport's timeouts, so no second worker picks it up while it is being sent.
const CLAIM_MINUTES = 10;

type Claimed = Pick<typeof outboxMessages.$inferSelect, "id" | "recipient" | "subject" | "body" | "kind" | "attempts" | "createdAt">;
type Outcome = { message: Claimed; error: string | null };

export type SendResult = { sent: number; failed: number };

/**
 * Sends the messages that are due. Three short steps instead of one long transaction:
 * 1. claim a batch (FOR UPDATE SKIP LOCKED, so parallel workers on one PostgreSQL each take other
 *    rows) by moving next_attempt_at past the claim period, and commit;
 * 2. hand each message to the mail server, outside any transaction, so no row lock and no audit-chain
 *    lock is held while waiting on the network;
 * 3. record every outcome with its audit row in one transaction ("systeem").
 * A crash between the server's acceptance and step 3 leaves the message unsent in the table; it is
 * sent again after the claim period. Delivery is therefore at least once, never lost; the Message-ID is
 * stable per message, so a receiving server or mail client can recognise the rare duplicate.
 */
export async function sendDueMail(db: Db, transport: MailTransport | null, now = new Date(), batch = 20): Promise<SendResult> {
  if (!transport) return { sent: 0, failed: 0 };
  const claimed = await claimDueMail(db, now, batch);
  if (claimed.length === 0) return { sent: 0, failed: 0 };

  const outcomes: Outcome[] = [];
  let unreachable: string | null = null;
  for (const message of claimed) {
    // When the server cannot be reached, the rest of the batch would fail the same way: do not wait for each.
    if (unreachable) {
      outcomes.push({ message, error: unreachable });
      continue;
    }
    try {
      await transport.send({ to: message.recipient, subject: message.subject, text: message.body, messageId: messageIdFor(message, transport.from) });
      outcomes.push({ message, error: null });
    } catch (error) {
      const described = describeMailError(error);
      outcomes.push({ message, error: described.text });
      if (described.unreachable) unreachable = described.text;
    }
  }
  return record(db, outcomes, now);
}

/** Step 1 alone: reserves up to `batch` due messages for this worker until the claim period ends. */
export async function claimDueMail(db: Db, now: Date, batch: number): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMessages.id, recipient: outboxMessages.recipient, subject: outboxMessages.subject, body: outboxMessages.body, kind: outboxMessages.kind, attempts: outboxMessages.attempts, createdAt: outboxMessages.createdAt })
      .from(outboxMessages)
      .where(and(isNull(outboxMessages.sentAt), lte(outboxMessages.nextAttemptAt, now)))
      .orderBy(asc(outboxMessages.id))
      .limit(batch)
      .for("update", { skipLocked: true });
    const until = new Date(now.getTime() + CLAIM_MINUTES * 60_000);
    for (const message of due) await tx.update(outboxMessages).set({ nextAttemptAt: until }).where(eq(outboxMessages.id, message.id));
    return due;
  });
}

async function record(db: Db, outcomes: Outcome[], now: Date): Promise<SendResult> {
  return runAsSystem(
    "mail.send",
    async ({ tx, audit }) => {
      const result = { sent: 0, failed: 0 };
      for (const { message, error } of outcomes) {
        const attempts = message.attempts + 1;
        const unsent = and(eq(outboxMessages.id, message.id), isNull(outboxMessages.sentAt));
        if (error === null) {
          const done = await tx.update(outboxMessages).set({ sentAt: now, attempts, lastError: null }).where(unsent).returning({ id: outboxMessages.id });
          if (done.length === 0) continue;
          await audit({ action: "mail.send", objectType: "outbox_message", objectId: message.id, after: { to: message.recipient, subject: message.subject, kind: message.kind } });
          result.sent++;
        } else {
          const nextAttemptAt = nextAttemptAfter(attempts, now);
          const done = await tx.update(outboxMessages).set({ attempts, nextAttemptAt, lastError: error }).where(unsent).returning({ id: outboxMessages.id });
          if (done.length === 0) continue;
          await audit({ action: "mail.retry", objectType: "outbox_message", objectId: message.id, after: { to: message.recipient, subject: message.subject, kind: message.kind, attempts, nextAttemptAt, error } });
          result.failed++;
        }
      }
      return result;
    },
    db,
  );
}
