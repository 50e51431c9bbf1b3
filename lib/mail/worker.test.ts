import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { auditEvents, outboxMessages } from "@/db/schema";
import { createDb, type Db } from "@/db/client";
import { freshDb, testDatabases } from "@/test/databases";
import { enqueueMail } from "./outbox";
import { createSmtpTransport, type MailTransport } from "./transport";
import { claimDueMail, sendDueMail } from "./worker";
import { startSmtpSink } from "./smtp-sink.test-helper";

const transportTo = (port: number): MailTransport => createSmtpTransport({ host: "127.0.0.1", port, secure: false, from: "Weerbare apps <noreply@gemeente.example>" });

describe.each(testDatabases)("mail worker on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
  });
  afterAll(() => close());

  async function enqueue(tag: string, count: number, now: Date) {
    const ids: number[] = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < count; i++) ids.push(await enqueueMail(tx, { to: `persoon${i}.${tag}@voorbeeld.nl`, subject: `Bericht ${tag} ${i}`, body: `Tekst ${i}`, kind: "test" }, now));
    });
    return ids;
  }
  const rows = (ids: number[]) => db.select().from(outboxMessages).where(inArray(outboxMessages.id, ids)).orderBy(outboxMessages.id);
  const unsent = async () => (await db.select({ id: outboxMessages.id }).from(outboxMessages).where(isNull(outboxMessages.sentAt))).length;

  it("sends due messages to the mail server, marks them sent and audits each as 'systeem'", async () => {
    const sink = await startSmtpSink();
    try {
      const now = new Date("2026-11-25T10:00:00Z");
      const ids = await enqueue("ok", 3, now);
      expect(await sendDueMail(db, transportTo(sink.port), now)).toEqual({ sent: 3, failed: 0 });
      expect(sink.received.map((m) => [m.to[0], m.subject])).toEqual([0, 1, 2].map((i) => [`persoon${i}.ok@voorbeeld.nl`, `Bericht ok ${i}`]));
      expect((await rows(ids)).every((r) => r.sentAt?.getTime() === now.getTime() && r.attempts === 1)).toBe(true);
      const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "mail.send"), inArray(auditEvents.objectId, ids.map(String))));
      expect(audits).toHaveLength(3);
      expect(audits[0]).toMatchObject({ actorLabel: "systeem", actorId: null, objectType: "outbox_message", result: "success" });
      expect(audits[0].after).toMatchObject({ to: "persoon0.ok@voorbeeld.nl", subject: "Bericht ok 0", kind: "test" });
      // Nothing is due any more: a second run sends nothing.
      expect(await sendDueMail(db, transportTo(sink.port), now)).toEqual({ sent: 0, failed: 0 });
      expect(sink.received).toHaveLength(3);
    } finally {
      await sink.stop();
    }
  });

  it("does not send what is not due yet, and sends nothing without a mail server configured", async () => {
    const sink = await startSmtpSink();
    try {
      const later = new Date("2026-11-25T12:00:00Z");
      const ids = await enqueue("later", 1, later);
      expect(await sendDueMail(db, null, later)).toEqual({ sent: 0, failed: 0 });
      expect(await sendDueMail(db, transportTo(sink.port), new Date("2026-11-25T11:59:00Z"))).toEqual({ sent: 0, failed: 0 });
      expect((await rows(ids))[0].sentAt).toBeNull();
      expect(await sendDueMail(db, transportTo(sink.port), later)).toEqual({ sent: 1, failed: 0 });
    } finally {
      await sink.stop();
    }
  });

  it("keeps messages when the server is down, backs off, and delivers them once when it is back", async () => {
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.stop();
    const t0 = new Date("2026-11-26T08:00:00Z");
    const ids = await enqueue("storing", 2, t0);

    expect(await sendDueMail(db, transportTo(port), t0)).toEqual({ sent: 0, failed: 2 });
    let stored = await rows(ids);
    expect(stored.map((r) => [r.attempts, r.sentAt, r.nextAttemptAt.getTime() - t0.getTime()])).toEqual([
      [1, null, 60_000],
      [1, null, 60_000],
    ]);
    expect(stored[0].lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
    const [retry] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "mail.retry"), eq(auditEvents.objectId, String(ids[0]))));
    expect(retry.actorLabel).toBe("systeem");

    // Not due again before the back-off has passed; the second failure doubles the wait.
    expect(await sendDueMail(db, transportTo(port), new Date(t0.getTime() + 30_000))).toEqual({ sent: 0, failed: 0 });
    const t1 = new Date(t0.getTime() + 60_000);
    expect(await sendDueMail(db, transportTo(port), t1)).toEqual({ sent: 0, failed: 2 });
    stored = await rows(ids);
    expect(stored.map((r) => [r.attempts, r.nextAttemptAt.getTime() - t1.getTime()])).toEqual([
      [2, 120_000],
      [2, 120_000],
    ]);

    const sink = await startSmtpSink(port);
    try {
      const t2 = new Date(t1.getTime() + 120_000);
      expect(await sendDueMail(db, transportTo(port), t2)).toEqual({ sent: 2, failed: 0 });
      expect(await sendDueMail(db, transportTo(port), new Date(t2.getTime() + 3_600_000))).toEqual({ sent: 0, failed: 0 });
      expect(sink.received.map((m) => m.subject).sort()).toEqual(["Bericht storing 0", "Bericht storing 1"]);
      expect((await rows(ids)).every((r) => r.sentAt && r.attempts === 3)).toBe(true);
    } finally {
      await sink.stop();
    }
  });

  it("sends a message again when the worker that claimed it died before recording the outcome (at least once)", async () => {
    const sink = await startSmtpSink();
    try {
      const t0 = new Date("2026-11-28T09:00:00Z");
      const ids = await enqueue("crash", 1, t0);
      // A worker claims the message and dies (after or before the SMTP server accepted it): nothing is recorded.
      expect((await claimDueMail(db, t0, 20)).map((m) => m.id)).toEqual(ids);
      expect(await sendDueMail(db, transportTo(sink.port), new Date(t0.getTime() + 9 * 60_000))).toEqual({ sent: 0, failed: 0 });
      expect(await sendDueMail(db, transportTo(sink.port), new Date(t0.getTime() + 10 * 60_000))).toEqual({ sent: 1, failed: 0 });
      expect(sink.received.map((m) => m.subject)).toEqual(["Bericht crash 0"]);
    } finally {
      await sink.stop();
    }
  });

  it("with two workers on one database delivers each of 100 messages exactly once", async () => {
    const sink = await startSmtpSink();
    // A second client on the same database, as a second portal instance would have.
    let other = db;
    let closeOther = async () => {};
    if (!url.startsWith("memory://")) {
      const rows = await db.execute<{ name: string }>(sql`select current_database() as name`);
      const name = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { name: string }[] }).rows)[0].name;
      const target = new URL(url);
      target.pathname = `/${name}`;
      other = createDb(target.toString());
      closeOther = () => (other as unknown as { $client: { end(): Promise<void> } }).$client.end();
    }
    try {
      const now = new Date("2026-11-27T09:00:00Z");
      await enqueue("twee", 100, now);
      const loop = async (worker: Db) => {
        let total = 0;
        for (;;) {
          const { sent, failed } = await sendDueMail(worker, transportTo(sink.port), now, 10);
          if (sent + failed === 0) return total;
          total += sent;
        }
      };
      const [a, b] = await Promise.all([loop(db), loop(other)]);
      expect(a + b).toBe(100);
      expect(await unsent()).toBe(0);
      const ids = sink.received.filter((m) => m.subject.startsWith("Bericht twee")).map((m) => m.messageId);
      expect(ids).toHaveLength(100);
      expect(new Set(ids).size).toBe(100);
    } finally {
      await closeOther();
      await sink.stop();
    }
  });
});
