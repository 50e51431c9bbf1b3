import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { seededDb, testDatabases } from "@/test/databases";
import { DEFAULT_REMINDER_LADDER, listVersions, policyAcknowledgements, policyVersions, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { findByVerificationCode, getOwnReceipt, getPublishedPolicyVersion, listOwnAcknowledgements } from "./acknowledgements";

describe.each(testDatabases)("kennisnames lezen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let mine: string;
  let theirs: string;
  let ackId: number;
  let draftId: number;
  let publishedId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    [{ id: mine }] = await db.select({ id: users.id }).from(users).where(eq(users.email, "medewerker@voorbeeld.nl"));
    [{ id: theirs }] = await db.select({ id: users.id }).from(users).where(eq(users.email, "griffie@voorbeeld.nl"));
    const [{ id: listVersionId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
    const base = { title: "Beleid", body: "x", listVersionId, effectiveOn: "2026-01-01", acknowledgeBy: "2026-02-01", reminderLadder: DEFAULT_REMINDER_LADDER };
    const [v1] = await db.insert(policyVersions).values({ ...base, number: 401, publishedAt: new Date("2026-01-01T08:00:00Z") }).returning();
    const [v2] = await db.insert(policyVersions).values({ ...base, number: 402, publishedAt: new Date("2026-01-02T08:00:00Z") }).returning();
    const [draft] = await db.insert(policyVersions).values(base).returning();
    publishedId = v2.id;
    draftId = draft.id;
    const ack = (versionId: number, userId: string, code: string, at: string) =>
      db.insert(policyAcknowledgements).values({ policyVersionId: versionId, userId, statement: "Ik heb het beleid gelezen.", removeBy: "2026-02-01", verificationCode: code, acknowledgedAt: new Date(at) }).returning();
    [{ id: ackId }] = await ack(v1.id, mine, "KN-2222-AAAA", "2026-01-05T09:00:00Z");
    await ack(v2.id, mine, "KN-3333-CCCC", "2026-01-06T09:00:00Z");
    await ack(v1.id, theirs, "KN-4444-DDDD", "2026-01-07T09:00:00Z");
  });
  afterAll(() => close());

  it("lists only the person's own acknowledgements, newest first, with the version and list version", async () => {
    const rows = await listOwnAcknowledgements(db, mine);
    expect(rows.map((r) => [r.versionNumber, r.verificationCode])).toEqual([[402, "KN-3333-CCCC"], [401, "KN-2222-AAAA"]]);
    expect(rows[0].listVersionNumber).toBe(1);
  });

  it("hands a receipt only to its owner", async () => {
    expect(await getOwnReceipt(db, ackId, mine)).toMatchObject({ verificationCode: "KN-2222-AAAA", email: "medewerker@voorbeeld.nl", versionNumber: 401 });
    expect(await getOwnReceipt(db, ackId, theirs)).toBeNull();
  });

  it("finds who a code belongs to, and nothing for an unknown code", async () => {
    expect(await findByVerificationCode(db, "KN-4444-DDDD")).toMatchObject({ email: "griffie@voorbeeld.nl", versionNumber: 401, departmentName: "Griffie" });
    expect(await findByVerificationCode(db, "KN-9999-ZZZZ")).toBeNull();
  });

  it("finds published versions only", async () => {
    expect(await getPublishedPolicyVersion(db, publishedId)).toMatchObject({ number: 402 });
    expect(await getPublishedPolicyVersion(db, draftId)).toBeNull();
  });
});
