import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { departments, listVersions, outboxMessages, policyVersions, users, DEFAULT_REMINDER_LADDER } from "@/db/schema";
import type { Db } from "@/db/client";
import { freshDb, testDatabases } from "@/test/databases";
import { startSmtpSink } from "@/lib/mail/smtp-sink.test-helper";
import { jobs, runJobs } from "./scheduler";

// The registered jobs together, as a server start runs them: the ladder queues, the mail job delivers.
describe.each(testDatabases)("registered jobs on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.stop();
    await close();
  });

  it("delivers the reminders queued at start to the mail server in the same start-up round", async () => {
    const [{ id: listVersionId }] = await db.insert(listVersions).values({ number: 1, publishedByName: "test", note: "Eerste lijst", changelog: { added: [], removed: [], changed: [] } as never }).returning({ id: listVersions.id });
    const [dept] = await db.insert(departments).values({ name: "Keten" }).returning();
    await db.insert(users).values({ email: "lotte@keten.example", name: "Lotte", departmentId: dept.id, createdAt: new Date("2030-01-02T09:00:00Z") });
    await db.insert(policyVersions).values({ number: 1, title: "Apps", body: "Tekst", listVersionId, effectiveOn: "2030-03-02", acknowledgeBy: "2030-03-30", audienceAllStaff: false, audienceDepartmentIds: [dept.id], reminderLadder: DEFAULT_REMINDER_LADDER, publishedAt: new Date("2030-03-01T09:00:00Z"), publishedByName: "test" });

    const saved = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT };
    process.env.SMTP_HOST = "127.0.0.1";
    process.env.SMTP_PORT = String(sink.port);
    try {
      const scheduled = runJobs(jobs, () => db, () => new Date("2030-03-02T09:00:00Z"));
      await scheduled.runNow();
      scheduled.stop();
    } finally {
      process.env.SMTP_HOST = saved.host;
      process.env.SMTP_PORT = saved.port;
      if (saved.host === undefined) delete process.env.SMTP_HOST;
      if (saved.port === undefined) delete process.env.SMTP_PORT;
    }
    expect(sink.received.map((m) => [m.to[0], m.subject])).toEqual([["lotte@keten.example", "Neem kennis van het beleid over apps (versie 1) vóór 30 maart 2030"]]);
    const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, "lotte@keten.example"));
    expect(row.sentAt).not.toBeNull();
  });
});
