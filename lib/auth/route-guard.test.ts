import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { harness, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { GET as versionCsv } from "@/app/(portal)/lijsten/versies/[nummer]/csv/route";
import { GET as importTemplate } from "@/app/(portal)/lijsten/apps/importeren/voorbeeld.csv/route";

const request = (path: string) => new NextRequest(`http://localhost${path}`, { headers: { "x-forwarded-for": "192.0.2.10" } });
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

describe.each(testDatabases)("routebewaking op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let staff: TestViewer;
  let raadslid: TestViewer;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    [ciso, staff, raadslid] = await Promise.all(["ciso@voorbeeld.nl", "medewerker@voorbeeld.nl", "raadslid@voorbeeld.nl"].map((e) => viewerFor(db, e)));
  });
  afterAll(() => close());

  const routes = [
    ["de CSV van een lijstversie", () => versionCsv(request("/lijsten/versies/1/csv"), params({ nummer: "1" })), "list.version.download", "lists.view"],
    ["het voorbeeldbestand van de import", () => importTemplate(request("/lijsten/apps/importeren/voorbeeld.csv")), "app.import.template", "lists.edit"],
  ] as const;

  it.each(routes)("%s: 401 in Dutch for an anonymous visitor, and the refusal is logged", async (_name, get, action, permission) => {
    harness.viewer = null;
    const response = await get();
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("U bent niet ingelogd");
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(await lastAuditEvent(db)).toMatchObject({ action, actorId: null, actorLabel: "anoniem", objectType: "permission", objectId: permission, result: "denied" });
  });

  it("403 in Dutch for a role without the permission, logged with the person", async () => {
    harness.viewer = raadslid;
    const csv = await versionCsv(request("/lijsten/versies/1/csv"), params({ nummer: "1" }));
    expect(csv.status).toBe(403);
    expect(await csv.text()).toContain("Geen toegang");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "list.version.download", actorId: raadslid.id, result: "denied" });

    harness.viewer = staff;
    const template = await importTemplate(request("/lijsten/apps/importeren/voorbeeld.csv"));
    expect(template.status).toBe(403);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "app.import.template", actorId: staff.id, result: "denied" });
  });

  it("lets the CISO download both files", async () => {
    harness.viewer = ciso;
    const csv = await versionCsv(request("/lijsten/versies/1/csv"), params({ nummer: "1" }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("applijst-versie-1.csv");
    const template = await importTemplate(request("/lijsten/apps/importeren/voorbeeld.csv"));
    expect(template.status).toBe(200);
  });

  it("answers 404, not a crash, for a version number beyond the integer range", async () => {
    harness.viewer = ciso;
    const response = await versionCsv(request("/lijsten/versies/99999999999/csv"), params({ nummer: "99999999999" }));
    expect(response.status).toBe(404);
  });
});
