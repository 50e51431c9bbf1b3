import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { DEFAULT_REMINDER_LADDER, listVersions, policyVersions, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { acknowledgePolicyAction } from "@/app/(portal)/kennisnemen/actions";
import { GET } from "./route";

describe.each(testDatabases)("kennisnames exporteren op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let staff: TestViewer;
  let versionId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    // The demo people were created just now; here they were in service before the version, so its date is theirs.
    await db.update(users).set({ createdAt: new Date("2025-01-01T08:00:00Z") });
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    const [{ id: listVersionId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
    const [version] = await db.insert(policyVersions).values({
      number: 300, title: "Beleid", body: "Tekst", listVersionId, effectiveOn: "2026-01-01", acknowledgeBy: "2026-02-01",
      reminderLadder: DEFAULT_REMINDER_LADDER, publishedAt: new Date("2026-01-01T08:00:00Z"), publishedByName: "test",
    }).returning();
    versionId = version.id;
    harness.viewer = staff;
    await call(acknowledgePolicyAction, { policyVersionId: String(versionId), read: "ja", removal: "ja" });
  });
  afterAll(() => close());

  const exportCsv = (query = "", id: string | number = versionId) =>
    GET(new NextRequest(`http://localhost/beleid/${id}/kennisnames/export${query}`), { params: Promise.resolve({ id: String(id) }) });

  it("gives the CISO everyone in the audience with their status, audited with the filters", async () => {
    harness.viewer = ciso;
    const response = await exportCsv();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="kennisnames-beleid-v300-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Naam,E-mailadres,Afdeling,Risicogroep,Eigen uiterste datum,Status,Kennisgenomen op (Nederlandse tijd)");
    expect(lines.find((l) => l.includes("medewerker@voorbeeld.nl"))).toMatch(/,Kennisgenomen,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines.find((l) => l.includes("ciso@voorbeeld.nl"))).toMatch(/,2026-02-01,Te laat,$/);
    expect(text).not.toContain("raadslid@voorbeeld.nl");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "acknowledgements.export", actorId: ciso.id, result: "success", objectId: String(versionId), after: { rows: lines.length - 1 } });
  });

  it("takes the page's filters", async () => {
    harness.viewer = ciso;
    const text = await (await exportCsv("?status=kennisgenomen")).text();
    expect(text.trim().split("\r\n")).toHaveLength(2);
    expect(text).toContain("medewerker@voorbeeld.nl");
    const late = await (await exportCsv("?status=te-laat&risicogroep=security_sensitive")).text();
    expect(late).not.toContain("medewerker@voorbeeld.nl");
    expect(late).toContain("ciso@voorbeeld.nl");
  });

  it("refuses a medewerker (403, logged as denied) and answers an unknown version with 404", async () => {
    harness.viewer = staff;
    const refused = await exportCsv();
    expect(refused.status).toBe(403);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "acknowledgements.export", actorId: staff.id, result: "denied" });
    harness.viewer = ciso;
    expect((await exportCsv("", 999_999)).status).toBe(404);
    expect((await exportCsv("", "x")).status).toBe(404);
  });
});
