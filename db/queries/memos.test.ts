import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { seededDb, testDatabases } from "@/test/databases";
import { auditEvents, memoReads, memos, users } from "@/db/schema";
import { councilSeats, memoAudiences, roles, type CouncilSeat, type MemoAudience, type Role } from "@/db/schema/enums";
import type { Db } from "@/db/client";
import { audiencesOf, memoVisibility } from "@/lib/council/audiences";
import { recordMemoRead } from "@/lib/memos/read-receipt";
import { getVisibleMemo } from "@/lib/memos/access";
import { audiencesSql, countUnreadMemos, listMemosForReader, listMemosWithReadRate, memoAudienceMembers } from "./memos";

// Every combination of roles (32) with every council seat or none.
const roleSets: Role[][] = Array.from({ length: 1 << roles.length }, (_, mask) => roles.filter((_, i) => mask & (1 << i)));
const seats: (CouncilSeat | null)[] = [null, ...councilSeats];

describe.each(testDatabases)("memo's lezen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  type Person = { id: string; name: string; email: string; roles: Role[]; councilSeat: CouncilSeat | null; active: boolean };
  let people: Person[];
  const person = (email: string) => people.find((p) => p.email === email)!;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    people = await db.select({ id: users.id, name: users.name, email: users.email, roles: users.roles, councilSeat: users.councilSeat, active: users.active }).from(users);
  });
  afterAll(() => close());

  async function publishedMemo(audiences: MemoAudience[], subject = `Memo aan ${audiences.join(", ")}`) {
    const [memo] = await db.insert(memos).values({
      subject, sender: "De griffie", memoDate: "2026-11-20", audiences, body: "Tekst van de memo.", contactName: "Sanne Jansen",
      number: sql`(select coalesce(max(number), 0) + 1 from memo)`, publishedAt: new Date(), publishedByName: "test",
    }).returning({ id: memos.id });
    return memo.id;
  }

  it("the SQL audiences of a person equal audiencesOf, for every combination of roles and council seat", async () => {
    for (const set of roleSets) {
      for (const seat of seats) {
        const roleArray = set.length ? sql`array[${sql.join(set.map((r) => sql`${r}`), sql`, `)}]::role[]` : sql`'{}'::role[]`;
        const seatValue = seat ? sql`${seat}::council_seat` : sql`null::council_seat`;
        // Read back as JSON: the drivers hand an enum array over as its text form.
        const [row] = await db.select({ audiences: sql<MemoAudience[]>`array_to_json(${audiencesSql(roleArray, seatValue)})` }).from(sql`(select 1) as one`);
        expect([...row.audiences].sort(), `${set.join("+") || "geen rol"} met zetel ${seat}`).toEqual(audiencesOf({ roles: set, councilSeat: seat }).sort());
      }
    }
  });

  it("the audience of a memo is every active person whose audiences overlap, as audiencesOf decides", async () => {
    for (const audience of memoAudiences) {
      const id = await publishedMemo([audience]);
      const members = (await memoAudienceMembers(db, id)).map((m) => m.email).sort();
      const expected = people.filter((p) => p.active && audiencesOf(p).includes(audience)).map((p) => p.email).sort();
      expect(members, audience).toEqual(expected);
      expect(members.length, audience).toBeGreaterThan(0);
    }
  });

  it("the inbox of every demo person is what memoVisibility lets them see (published, addressed to them)", async () => {
    await publishedMemo(["citizen_council"]);
    await db.insert(memos).values({ subject: "Concept aan iedereen", sender: "De griffie", memoDate: "2026-11-20", audiences: [...memoAudiences], body: "Concept.", contactName: "Sanne" });
    for (const p of people.filter((x) => !x.roles.includes("griffie") && !x.roles.includes("ciso"))) {
      const visible = await db.select({ id: memos.id }).from(memos).where(await memoVisibility(db, p));
      const inbox = await listMemosForReader(db, p);
      expect(inbox.map((m) => m.id).sort(), p.email).toEqual(visible.map((m) => m.id).sort());
      expect(inbox.every((m) => m.publishedAt !== null)).toBe(true);
    }
  });

  it("a medewerker does not see a raad-only memo; a burgerraadslid gets citizen_council memos; a wethouder is not reached by a staff-only memo", async () => {
    const raadOnly = await publishedMemo(["council"], "Alleen voor de raad");
    const citizen = await publishedMemo(["citizen_council"], "Voor burgerraadsleden");
    const staffOnly = await publishedMemo(["staff"], "Alleen voor medewerkers");
    const inbox = async (email: string) => (await listMemosForReader(db, person(email))).map((m) => m.id);
    expect(await inbox("medewerker@voorbeeld.nl")).not.toContain(raadOnly);
    expect(await inbox("medewerker@voorbeeld.nl")).toContain(staffOnly);
    expect(await inbox("raadslid@voorbeeld.nl")).toContain(raadOnly);
    expect(await inbox("raadslid@voorbeeld.nl")).not.toContain(citizen);
    expect(await inbox("burgerraadslid@voorbeeld.nl")).toContain(citizen);
    expect(await inbox("burgerraadslid@voorbeeld.nl")).not.toContain(raadOnly);
    // The wethouder's account has the role medewerker, but a bestuurder is not an ambtenaar (seed 004).
    expect(person("wethouder@voorbeeld.nl").roles).toContain("medewerker");
    expect(await inbox("wethouder@voorbeeld.nl")).not.toContain(staffOnly);

    // Opening it by its id: the same answer as an unknown memo, and a denied row.
    const medewerker = person("medewerker@voorbeeld.nl");
    const deniedBefore = await db.$count(auditEvents, and(eq(auditEvents.objectId, String(raadOnly)), eq(auditEvents.result, "denied")));
    expect(await getVisibleMemo(db, medewerker, raadOnly, null)).toBeNull();
    expect(await db.$count(auditEvents, and(eq(auditEvents.objectId, String(raadOnly)), eq(auditEvents.result, "denied"), eq(auditEvents.actorId, medewerker.id)))).toBe(deniedBefore + 1);
    expect(await getVisibleMemo(db, person("raadslid@voorbeeld.nl"), raadOnly, null)).toMatchObject({ id: raadOnly });
    expect(await getVisibleMemo(db, person("griffie@voorbeeld.nl"), raadOnly, null)).toMatchObject({ id: raadOnly });
  });

  it("a draft is visible to the griffie and the CISO only", async () => {
    const [draft] = await db.insert(memos).values({ subject: "Concept", sender: "De griffie", memoDate: "2026-11-20", audiences: ["council", "staff"], body: "Concept.", contactName: "Sanne" }).returning();
    expect(await getVisibleMemo(db, person("raadslid@voorbeeld.nl"), draft.id, null)).toBeNull();
    expect(await getVisibleMemo(db, person("medewerker@voorbeeld.nl"), draft.id, null)).toBeNull();
    expect(await getVisibleMemo(db, person("ciso@voorbeeld.nl"), draft.id, null)).toMatchObject({ id: draft.id, publishedAt: null });
  });

  it("the first opening writes one receipt and one audit row; a second opening writes nothing", async () => {
    const id = await publishedMemo(["council"]);
    const raadslid = person("raadslid@voorbeeld.nl");
    const unreadBefore = await countUnreadMemos(db, raadslid);
    expect((await listMemosForReader(db, raadslid)).find((m) => m.id === id)!.readAt).toBeNull();
    const reads = () => db.$count(memoReads, eq(memoReads.memoId, id));
    const audits = () => db.$count(auditEvents, and(eq(auditEvents.action, "memo.read"), eq(auditEvents.objectId, String(id))));
    expect(await recordMemoRead(db, id, raadslid, "192.0.2.1")).toBe(true);
    expect(await recordMemoRead(db, id, raadslid, "192.0.2.1")).toBe(false);
    expect(await reads()).toBe(1);
    expect(await audits()).toBe(1);
    expect(await countUnreadMemos(db, raadslid)).toBe(unreadBefore - 1);
    expect((await listMemosForReader(db, raadslid)).find((m) => m.id === id)!.readAt).toBeInstanceOf(Date);
    // Someone outside the audience (the CISO looking at it) leaves no receipt.
    expect(await recordMemoRead(db, id, person("ciso@voorbeeld.nl"), null)).toBe(false);
    expect(await reads()).toBe(1);
  });

  it("50 parallel openings write one receipt and one audit row", async () => {
    const id = await publishedMemo(["citizen_council"]);
    const reader = person("burgerraadslid@voorbeeld.nl");
    const firsts = await Promise.all(Array.from({ length: 50 }, () => recordMemoRead(db, id, reader, null)));
    expect(firsts.filter(Boolean)).toHaveLength(1);
    expect(await db.$count(memoReads, eq(memoReads.memoId, id))).toBe(1);
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "memo.read"), eq(auditEvents.objectId, String(id))))).toBe(1);
    await expect(db.update(memoReads).set({ openedAt: new Date(0) }).where(eq(memoReads.memoId, id))).rejects.toThrow();
  });

  it("the read rate counts the audience and who of them opened it", async () => {
    const id = await publishedMemo(["council", "college"]);
    await recordMemoRead(db, id, person("wethouder@voorbeeld.nl"), null);
    const row = (await listMemosWithReadRate(db)).find((m) => m.id === id)!;
    const size = people.filter((p) => p.active && audiencesOf(p).some((a) => a === "council" || a === "college")).length;
    expect(row).toMatchObject({ audienceSize: size, readCount: 1 });
    expect(await listMemosWithReadRate(db, { limit: 1 })).toHaveLength(1);
    // A deactivated account leaves the audience, and its receipt no longer counts.
    await db.update(users).set({ active: false }).where(eq(users.id, person("wethouder@voorbeeld.nl").id));
    try {
      expect((await listMemosWithReadRate(db)).find((m) => m.id === id)).toMatchObject({ audienceSize: size - 1, readCount: 0 });
      expect((await memoAudienceMembers(db, id)).map((m) => m.email)).not.toContain("wethouder@voorbeeld.nl");
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, person("wethouder@voorbeeld.nl").id));
    }
  });

  it("the demo council memo is published to raadsleden and the college, unread by the raadslid", async () => {
    const raadslid = person("raadslid@voorbeeld.nl");
    const demo = (await listMemosForReader(db, raadslid)).find((m) => m.number === 1)!;
    expect(demo.subject).toMatch(/offensief cyberprogramma/);
    expect(demo.readAt).toBeNull();
  });
});
