import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { NextRequest } from "next/server";
import { harness, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, memos } from "@/db/schema";
import type { Db } from "@/db/client";
import { drawnText } from "@/lib/pdf/testing";
import { GET as downloadPdf } from "./pdf/route";
import { GET as exportReceipts } from "./leesbevestigingen/export/route";

describe.each(testDatabases)("memo als PDF en leesbevestigingen als CSV op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let raadslid: TestViewer;
  let medewerker: TestViewer;
  let griffie: TestViewer;
  let councilMemo: { id: number; number: number | null; subject: string };

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    raadslid = await viewerFor(db, "raadslid@voorbeeld.nl");
    medewerker = await viewerFor(db, "medewerker@voorbeeld.nl");
    griffie = await viewerFor(db, "griffie@voorbeeld.nl");
    // The demo memo to raadsleden and college, with the list version as a table.
    [councilMemo] = await db.select({ id: memos.id, number: memos.number, subject: memos.subject }).from(memos).where(eq(memos.number, 1));
  });
  afterAll(() => close());

  const get = (handler: typeof downloadPdf, id: string | number) =>
    handler(new Request(`http://localhost/memos/${id}`) as unknown as NextRequest, { params: Promise.resolve({ id: String(id) }) });
  const denials = (action: string, actorId: string) => db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.result, "denied"), eq(auditEvents.actorId, actorId)));

  it("gives a raadslid the council memo as an A4 PDF named by its number, with subject, audiences and the list; audited", async () => {
    harness.viewer = raadslid;
    const response = await get(downloadPdf, councilMemo.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="memo-${councilMemo.number}.pdf"`);
    // A long subject wraps over two lines on paper.
    const text = drawnText(Buffer.from(await response.arrayBuffer())).replace(/\s+/g, " ");
    for (const expected of [councilMemo.subject, "raadsleden en het college van B&W", "Gemeente Voorbeeld", "TikTok", "Bytedance"]) expect(text).toContain(expected);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "memo.pdf.download", actorId: raadslid.id, objectId: String(councilMemo.id), result: "success" });
  });

  it("a medewerker gets the same 404 for the raad-only memo as for an unknown one, and the attempt is logged as denied", async () => {
    harness.viewer = medewerker;
    const before = await denials("memo.pdf.download", medewerker.id);
    const response = await get(downloadPdf, councilMemo.id);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(councilMemo.subject);
    expect(await denials("memo.pdf.download", medewerker.id)).toBe(before + 1);
    expect((await get(downloadPdf, 999_999)).status).toBe(404);
    harness.viewer = null;
    expect((await get(downloadPdf, councilMemo.id)).status).toBe(401);
  });

  it("exports the receipts for the griffie as CSV, audited; a raadslid gets 403 and a denied row", async () => {
    harness.viewer = griffie;
    const response = await get(exportReceipts, councilMemo.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="leesbevestigingen-memo-${councilMemo.number}.csv"`);
    const csv = await response.text();
    expect(csv).toContain("Naam,E-mailadres,Functie,Geopend");
    expect(csv).toMatch(/Pieter Klaassen,raadslid@voorbeeld\.nl,Raadslid,nee/);
    expect(csv).toMatch(/Hans van Dijk,wethouder@voorbeeld\.nl,Wethouder,ja,/);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "memo.receipts.export", objectId: String(councilMemo.id), after: { rows: 2, opened: 1 } });
    harness.viewer = raadslid;
    const before = await denials("memo.receipts.export", raadslid.id);
    expect((await get(exportReceipts, councilMemo.id)).status).toBe(403);
    expect(await denials("memo.receipts.export", raadslid.id)).toBe(before + 1);
  });
});
