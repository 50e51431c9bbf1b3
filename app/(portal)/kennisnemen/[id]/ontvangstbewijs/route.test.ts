import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { NextRequest } from "next/server";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, DEFAULT_REMINDER_LADDER, listVersions, policyAcknowledgements, policyVersions } from "@/db/schema";
import type { Db } from "@/db/client";
import { drawnText } from "@/lib/pdf/testing";
import { acknowledgePolicyAction } from "../../actions";
import { GET } from "./route";

describe.each(testDatabases)("ontvangstbewijs downloaden op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let staff: TestViewer;
  let ciso: TestViewer;
  let receiptId: number;
  let code: string;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    const [{ id: listVersionId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
    const [version] = await db.insert(policyVersions).values({
      number: 200, title: "Apps uit risicolanden", body: "Tekst", listVersionId, effectiveOn: "2026-01-01", acknowledgeBy: "2026-12-12",
      reminderLadder: DEFAULT_REMINDER_LADDER, publishedAt: new Date("2026-01-01T08:00:00Z"), publishedByName: "test",
    }).returning();
    harness.viewer = staff;
    await call(acknowledgePolicyAction, { policyVersionId: String(version.id), read: "ja", removal: "ja" });
    const [row] = await db.select().from(policyAcknowledgements).where(eq(policyAcknowledgements.userId, staff.id));
    receiptId = row.id;
    code = row.verificationCode;
  });
  afterAll(() => close());

  const download = (id: string | number) =>
    GET(new Request(`http://localhost/kennisnemen/${id}/ontvangstbewijs`) as unknown as NextRequest, { params: Promise.resolve({ id: String(id) }) });
  const denials = () => db.$count(auditEvents, and(eq(auditEvents.action, "policy.receipt.download"), eq(auditEvents.result, "denied")));

  it("gives the person their own receipt as a PDF attachment with the code, audited", async () => {
    harness.viewer = staff;
    const response = await download(receiptId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="ontvangstbewijs-beleid-v200.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = drawnText(bytes);
    expect(text).toContain(code);
    expect(text).toContain(staff.name);
    expect(text).toContain("Versie 200: Apps uit risicolanden");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "policy.receipt.download", result: "success", actorId: staff.id, objectId: String(receiptId) });
  });

  it("answers another person's receipt with 404, as a missing one, and logs the denial; the CISO included", async () => {
    for (const viewer of [ciso, await viewerFor(db, "griffie@voorbeeld.nl")]) {
      harness.viewer = viewer;
      const before = await denials();
      const response = await download(receiptId);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(code);
      expect(await denials()).toBe(before + 1);
      expect(await lastAuditEvent(db)).toMatchObject({ action: "policy.receipt.download", result: "denied", actorId: viewer.id, objectId: String(receiptId) });
    }
  });

  it("answers a missing or malformed id with 404", async () => {
    harness.viewer = staff;
    expect((await download(999_999)).status).toBe(404);
    expect((await download("abc")).status).toBe(404);
    expect((await download("99999999999999")).status).toBe(404);
  });

  it("refuses without a session (401)", async () => {
    harness.viewer = null;
    expect((await download(receiptId)).status).toBe(401);
  });
});
