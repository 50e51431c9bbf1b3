import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { harness, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { insertInventory } from "../inventory-test-kit";
import { GET } from "./route";

const csvRequest = () => new NextRequest("http://localhost/apparaten/overtredingen.csv", { headers: { "x-forwarded-for": "192.0.2.7" } });
const text = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

describe.each(testDatabases)("CSV van apparaten met een overtreding op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let staff: TestViewer;
  let importId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    // Device names come from the MDM file: untrusted text that a spreadsheet must not run.
    importId = await insertInventory(db, [
      { deviceId: "csv-1", deviceName: "=HYPERLINK(\"http://evil.example\",\"klik\")", ownerEmail: "medewerker@voorbeeld.nl", apps: [{ name: "TikTok" }] },
      { deviceId: "csv-2", deviceName: "+31 6 telefoon", ownerEmail: "toezicht@voorbeeld.nl", apps: [{ name: "WeChat", matchKind: "name" }] },
      { deviceId: "csv-3", deviceName: "Lars", ownerEmail: "communicatie@voorbeeld.nl", apps: [{ name: "TikTok" }] },
    ], { finishedAt: new Date(Date.now() + 60_000) });
  });
  afterAll(() => close());

  it("answers 403 to a medewerker, without any owner data, and logs the attempt", async () => {
    harness.viewer = staff;
    const response = await GET(csvRequest());
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).toContain("Geen toegang");
    expect(body).not.toContain("voorbeeld.nl");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "inventory.violations.export", actorId: staff.id, result: "denied", objectId: "devices.manage" });
  });

  it("answers 401 to an anonymous visitor", async () => {
    harness.viewer = null;
    expect((await GET(csvRequest())).status).toBe(401);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "inventory.violations.export", actorLabel: "anoniem", result: "denied" });
  });

  it("gives the CISO the violating devices with owners, formula-safe, flags name matches, and audits the download", async () => {
    harness.viewer = ciso;
    const response = await GET(csvRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="overtredingen-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = await text(response);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Apparaat-id,Apparaatnaam,Platform,Eigenaar,E-mailadres,Afdeling,Apps op de lijst");
    // The exempted device (communicatie@ has an approved TikTok exemption) is no violation.
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv).toContain("'+31 6 telefoon");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
    expect(csv).toContain("WeChat (herkend op naam, controleer)");
    expect(csv).toContain("medewerker@voorbeeld.nl");
    expect(csv).not.toContain("communicatie@voorbeeld.nl");
    expect(await lastAuditEvent(db)).toMatchObject({
      action: "inventory.violations.export", actorId: ciso.id, objectType: "inventory_import", objectId: String(importId), result: "success", after: { importId, rows: 2 },
    });
  });
});
