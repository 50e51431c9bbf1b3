import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { seededDb, testDatabases } from "@/test/databases";
import { apps, auditEvents, exemptions, outboxMessages, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { todayIso } from "@/lib/dates";
import { runExemptionJobs } from "./jobs";
import { addDaysIso } from "./rules";

describe.each(testDatabases)("verlopen en herinneren van uitzonderingen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let person: { id: string; email: string };
  let appId: number;
  const now = new Date("2026-06-15T10:00:00Z");
  const today = todayIso(now);

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    [person] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, "directeur@voorbeeld.nl"));
    [{ id: appId }] = await db.select({ id: apps.id }).from(apps).where(eq(apps.name, "WeChat"));
  });
  afterAll(() => close());

  async function approvedEnding(endsOn: string, status: "approved" | "requested" = "approved") {
    const [row] = await db
      .insert(exemptions)
      .values({ userId: person.id, appId, appName: "WeChat", device: "Dienstelefoon", reason: "other", justification: "x".repeat(40), requestedUntil: endsOn, status, endsOn: status === "approved" ? endsOn : null })
      .returning({ id: exemptions.id });
    return row.id;
  }
  const get = async (id: number) => (await db.select().from(exemptions).where(eq(exemptions.id, id)))[0];
  const eventsFor = (ids: number[], action: string) =>
    db.select().from(auditEvents).where(and(eq(auditEvents.action, action), inArray(auditEvents.objectId, ids.map(String))));
  const mailsAbout = async (id: number, kind: string) =>
    (await db.select().from(outboxMessages).where(and(eq(outboxMessages.kind, kind), eq(outboxMessages.recipient, person.email)))).filter((m) => m.body.includes(`/uitzonderingen/${id}`));

  it("expires approved exemptions past their end date and reminds those ending within 30 days, each once, even with two runs at the same time", async () => {
    const past = await approvedEnding(addDaysIso(today, -1));
    const endsToday = await approvedEnding(today);
    const soon = await approvedEnding(addDaysIso(today, 30));
    const later = await approvedEnding(addDaysIso(today, 31));
    const undecided = await approvedEnding(addDaysIso(today, -3), "requested");

    const runs = await Promise.all([runExemptionJobs(db, now), runExemptionJobs(db, now), runExemptionJobs(db, now)]);
    expect(runs.flatMap((r) => r.expired).filter((id) => id === past)).toHaveLength(1);
    expect(runs.flatMap((r) => r.reminded).filter((id) => [endsToday, soon].includes(id)).sort()).toEqual([endsToday, soon].sort());

    expect(await get(past)).toMatchObject({ status: "expired", expiredAt: now });
    expect((await get(endsToday)).status).toBe("approved");
    expect((await get(undecided)).status).toBe("requested");
    expect((await get(later)).expiryReminderSentAt).toBeNull();
    expect((await get(soon)).expiryReminderSentAt).toEqual(now);

    const expiries = await eventsFor([past, endsToday, soon, later, undecided], "exemption.expire");
    expect(expiries).toHaveLength(1);
    expect(expiries[0]).toMatchObject({ objectId: String(past), actorId: null, actorLabel: "systeem", result: "success" });
    expect(await eventsFor([endsToday, soon, later], "exemption.expiry.remind")).toHaveLength(2);
    expect(await mailsAbout(past, "exemption.expired")).toHaveLength(1);
    expect(await mailsAbout(soon, "exemption.reminder")).toHaveLength(1);
    expect(await mailsAbout(later, "exemption.reminder")).toHaveLength(0);

    // The next day, again twice: the reminded ones are not reminded again, and what ended yesterday expires.
    const tomorrow = new Date(now.getTime() + 86_400_000);
    await Promise.all([runExemptionJobs(db, tomorrow), runExemptionJobs(db, tomorrow)]);
    expect((await get(endsToday)).status).toBe("expired");
    expect(await mailsAbout(soon, "exemption.reminder")).toHaveLength(1);
    expect(await mailsAbout(later, "exemption.reminder")).toHaveLength(1);
    expect(await mailsAbout(past, "exemption.expired")).toHaveLength(1);
  });

  it("expiry uses the Amsterdam date: just after midnight there, the previous day's end date has passed", async () => {
    const id = await approvedEnding("2026-07-01");
    await runExemptionJobs(db, new Date("2026-07-01T21:59:00Z")); // 23:59 in Amsterdam
    expect((await get(id)).status).toBe("approved");
    await runExemptionJobs(db, new Date("2026-07-01T22:01:00Z")); // 00:01 on 2 July
    expect((await get(id)).status).toBe("expired");
  });
});
