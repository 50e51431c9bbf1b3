import { harness, useDb, viewerFor } from "@/test/action-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { inventoryImports } from "@/db/schema";
import { intuneCsv, tiktok } from "@/lib/inventory/test-kit";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { POST } from "./route";

const csv = intuneCsv([tiktok("R1", "medewerker@voorbeeld.nl")]);

function post(body: BodyInit, headers: Record<string, string>) {
  return new NextRequest("http://portal.test/apparaten/importeren/bestand", {
    method: "POST",
    body,
    headers: { host: "portal.test", "sec-fetch-site": "same-origin", ...headers },
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}
const raw = (extra: Record<string, string> = {}) => post(csv, { "content-type": "text/csv", accept: "application/json", "x-bestandsnaam": encodeURIComponent("map/Export mei.csv"), ...extra });

describe.each(testDatabases)("POST /apparaten/importeren/bestand on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
  }, 60_000);
  afterAll(() => close());
  const importCount = async () => (await db.select({ id: inventoryImports.id }).from(inventoryImports)).length;

  it("refuses a medewerker: 403, a denied audit row, no import row", async () => {
    harness.viewer = await viewerFor(db, "medewerker@voorbeeld.nl");
    const response = await POST(raw());
    expect(response.status).toBe(403);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(await importCount()).toBe(0);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "inventory.import", result: "denied", objectId: "devices.manage" });
  });

  it("refuses a post from another site before reading it", async () => {
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    const response = await POST(raw({ "sec-fetch-site": "cross-site" }));
    expect(response.status).toBe(403);
    expect((await response.json()).message).toContain("andere website");
    expect(await importCount()).toBe(0);
  });

  it("refuses a declared 200 MB body before reading it", async () => {
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    const response = await POST(raw({ "content-length": String(200 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect((await response.json()).message).toContain("te groot");
    expect(await importCount()).toBe(0);
  });

  it("imports the raw upload of the CISO, with the file name without its path", async () => {
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    const response = await POST(raw());
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ ok: true });
    const [row] = await db.select().from(inventoryImports).where(eq(inventoryImports.id, body.importId));
    expect(row).toMatchObject({ status: "completed", fileName: "Export mei.csv", rowCount: 1 });
  });

  it("imports the no-JavaScript form (multipart) and redirects to the result", async () => {
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    const form = new FormData();
    form.append("bestand", new Blob([csv], { type: "text/csv" }), "formulier.csv");
    const response = await POST(post(form, {}));
    expect(response.status).toBe(303);
    const id = Number(/\/apparaten\/importen\/(\d+)$/.exec(response.headers.get("location") ?? "")?.[1]);
    const [row] = await db.select().from(inventoryImports).where(eq(inventoryImports.id, id));
    expect(row).toMatchObject({ status: "completed", fileName: "formulier.csv" });
  });

  it("sends the form without a file back with a message", async () => {
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    const form = new FormData();
    form.append("bestand", new Blob([]), "");
    const response = await POST(post(form, {}));
    expect(response.headers.get("location")).toMatch(/\/apparaten\/importeren\?melding=geen-bestand$/);
  });
});
