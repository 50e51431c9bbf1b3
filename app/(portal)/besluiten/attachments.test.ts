import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { NextRequest } from "next/server";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, decisionAttachments } from "@/db/schema";
import type { Db } from "@/db/client";
import { PDF_MESSAGES } from "@/lib/uploads/pdf";
import { publishDecisionAction, removeAttachmentAction, uploadAttachmentAction } from "./actions";
import { GET as download } from "./[id]/bijlagen/[attachmentId]/route";
import { callWithFile, createDecisionAs, smallPdf } from "./decision-test-kit";

describe.each(testDatabases)("bijlagen bij collegebesluiten op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let griffie: TestViewer;
  let raadslid: TestViewer;
  let staff: TestViewer;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    griffie = await viewerFor(db, "griffie@voorbeeld.nl");
    raadslid = await viewerFor(db, "raadslid@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
  });
  afterAll(() => close());

  const auditCount = (action: string, result: "success" | "denied" = "success") =>
    db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.result, result)));
  const createDecision = (overrides: Record<string, string> = {}) => createDecisionAs(griffie, overrides);
  const attachmentsOf = (decisionId: number) => db.select().from(decisionAttachments).where(eq(decisionAttachments.decisionId, decisionId));
  const fetchAttachment = (decisionId: number, attachmentId: number) =>
    download(new Request(`http://localhost/besluiten/${decisionId}/bijlagen/${attachmentId}`) as unknown as NextRequest, { params: Promise.resolve({ id: String(decisionId), attachmentId: String(attachmentId) }) });

  it("stores a real PDF in the database with a server-chosen name, its sha256 and a cleaned title (NUL removed)", async () => {
    const { id, number } = await createDecision({ number: `2023-${Math.floor(Math.random() * 9000) + 1000}` });
    const pdf = await smallPdf();
    harness.viewer = griffie;
    const { redirectTo } = await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([new Uint8Array(pdf)], "advies\u0000 VNG\u0007.pdf", { type: "application/pdf" }));
    expect(redirectTo).toBe(`/besluiten/${id}#bijlagen`);
    const [stored] = await attachmentsOf(id);
    expect(stored).toMatchObject({ title: "advies VNG", fileName: `besluit-${number}-bijlage-1.pdf`, sizeBytes: pdf.length, uploadedById: griffie.id });
    expect(Buffer.compare(stored.content, pdf)).toBe(0);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.attachment.upload", objectId: String(stored.id), after: { sha256: stored.sha256, fileName: stored.fileName } });
    await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([new Uint8Array(pdf)], "tweede.pdf"));
    expect((await attachmentsOf(id)).map((a) => a.fileName).sort()).toEqual([`besluit-${number}-bijlage-1.pdf`, `besluit-${number}-bijlage-2.pdf`]);
  });

  it("refuses a renamed executable, a text file named .pdf, an oversized and an empty file; nothing is stored", async () => {
    const { id } = await createDecision();
    harness.viewer = griffie;
    const exe = new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00This program cannot be run in DOS mode.", "latin1")], "notulen.pdf", { type: "application/pdf" });
    const exeResult = await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, exe);
    expect(exeResult.state).toMatchObject({ ok: false, message: PDF_MESSAGES.executable, fieldErrors: { file: [PDF_MESSAGES.executable] } });
    const text = await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File(["gewoon tekst"], "x.pdf"));
    expect(text.state).toMatchObject({ ok: false, message: PDF_MESSAGES.notPdf });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(Buffer.from("%PDF-1.7\n"));
    big.set(Buffer.from("%%EOF\n"), big.length - 6);
    const oversize = await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([big], "groot.pdf"));
    expect(oversize.state).toMatchObject({ ok: false, message: expect.stringContaining("hoogstens 10 MB") });
    const empty = await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([], "leeg.pdf"));
    expect(empty.state).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("leeg bestand")] } });
    expect(await attachmentsOf(id)).toHaveLength(0);
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "decision.attachment.upload"), eq(auditEvents.objectType, "decision_attachment"), sql`${auditEvents.after}->>'decisionId' = ${String(id)}`))).toBe(0);
  });

  it("downloads as an attachment with the server's name and nosniff; a reader gets 404 for a draft's attachment, logged as denied", async () => {
    const { id, number } = await createDecision();
    harness.viewer = griffie;
    await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([new Uint8Array(await smallPdf())], "bijlage.pdf"));
    const [attachment] = await attachmentsOf(id);

    for (const reader of [raadslid, staff]) {
      harness.viewer = reader;
      const denied = await auditCount("decision.attachment.download", "denied");
      const response = await fetchAttachment(id, attachment.id);
      expect(response.status).toBe(404);
      expect(await auditCount("decision.attachment.download", "denied")).toBe(denied + 1);
      expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.attachment.download", result: "denied", actorId: reader.id, objectId: String(attachment.id) });
    }
    // The attachment under another decision's id is not found either.
    harness.viewer = griffie;
    expect((await fetchAttachment(id + 100_000, attachment.id)).status).toBe(404);

    const own = await fetchAttachment(id, attachment.id);
    expect(own.status).toBe(200);
    await call(publishDecisionAction, { id: String(id), confirm: "ja" });
    harness.viewer = raadslid;
    const response = await fetchAttachment(id, attachment.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="besluit-${number}-bijlage-1.pdf"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.attachment.download", result: "success", actorId: raadslid.id, objectId: String(attachment.id) });
    harness.viewer = null;
    expect((await fetchAttachment(id, attachment.id)).status).toBe(401);
  });

  it("parallel uploads to one decision wait for each other: every file gets its own number", async () => {
    const { id, number } = await createDecision();
    harness.viewer = griffie;
    const pdf = new Uint8Array(await smallPdf());
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([pdf], `stuk-${i}.pdf`))));
    expect(results.every((r) => r.redirectTo === `/besluiten/${id}#bijlagen`)).toBe(true);
    const names = (await attachmentsOf(id)).map((a) => a.fileName);
    expect(new Set(names).size).toBe(20);
    expect(names).toContain(`besluit-${number}-bijlage-20.pdf`);
  });

  it("removes an attachment only with a confirmation", async () => {
    const { id } = await createDecision();
    harness.viewer = griffie;
    await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([new Uint8Array(await smallPdf())], "weg.pdf"));
    const [attachment] = await attachmentsOf(id);
    expect((await call(removeAttachmentAction, { id: String(attachment.id) })).state).toMatchObject({ ok: false });
    expect(await attachmentsOf(id)).toHaveLength(1);
    expect((await call(removeAttachmentAction, { id: String(attachment.id), confirm: "ja" })).redirectTo).toBe(`/besluiten/${id}#bijlagen`);
    expect(await attachmentsOf(id)).toHaveLength(0);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.attachment.remove", before: { title: "weg", sha256: attachment.sha256 } });
  });
});
