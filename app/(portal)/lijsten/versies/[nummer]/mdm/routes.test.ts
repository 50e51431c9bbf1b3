import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { parse } from "plist";
import { harness, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { GET as intuneIos } from "./intune-ios/route";
import { GET as intuneAndroid } from "./intune-android/route";
import { GET as intuneCsv } from "./intune-csv/route";
import { GET as apple } from "./apple/route";
import { GET as android } from "./android/route";
import { GET as appleAllowed } from "./apple-toegestaan/route";
import { GET as androidAllowed } from "./android-toegestaan/route";
import { GET as exclusions } from "./uitsluitingen/route";
import { GET as exclusionsJson } from "./uitsluitingen-json/route";
import { eq } from "drizzle-orm";
import { readCsv } from "@/lib/csv";
import { todayIso } from "@/lib/dates";
import { addDaysIso } from "@/lib/council-questions/answer-term";
import { apps, exemptions, users } from "@/db/schema";

type Handler = typeof apple;
const today = todayIso();
const routes: { path: string; handler: Handler; action: string; fileName: string; contentType: string }[] = [
  { path: "intune-ios", handler: intuneIos, action: "list.version.export.intune", fileName: "lijstversie-1-intune-ios.json", contentType: "application/json; charset=utf-8" },
  { path: "intune-android", handler: intuneAndroid, action: "list.version.export.intune", fileName: "lijstversie-1-intune-android.json", contentType: "application/json; charset=utf-8" },
  { path: "intune-csv", handler: intuneCsv, action: "list.version.export.intune", fileName: "lijstversie-1-intune.csv", contentType: "text/csv; charset=utf-8" },
  { path: "apple", handler: apple, action: "list.version.export.apple", fileName: "lijstversie-1-apple-blokkeren.mobileconfig", contentType: "application/x-apple-aspen-config" },
  { path: "android", handler: android, action: "list.version.export.android", fileName: "lijstversie-1-android-blokkeren.json", contentType: "application/json; charset=utf-8" },
  { path: "apple-toegestaan", handler: appleAllowed, action: "list.version.export.apple", fileName: "lijstversie-1-apple-toegestaan.mobileconfig", contentType: "application/x-apple-aspen-config" },
  { path: "android-toegestaan", handler: androidAllowed, action: "list.version.export.android", fileName: "lijstversie-1-android-toegestaan.json", contentType: "application/json; charset=utf-8" },
  { path: "uitsluitingen", handler: exclusions, action: "list.version.export.exclusions", fileName: `lijstversie-1-uitsluitingen-${today}.csv`, contentType: "text/csv; charset=utf-8" },
  { path: "uitsluitingen-json", handler: exclusionsJson, action: "list.version.export.exclusions", fileName: `lijstversie-1-uitsluitingen-${today}.json`, contentType: "application/json; charset=utf-8" },
];
const ALLOWED = "?apps=com.microsoft.skype.teams%0D%0Acom.apple.mobilesafari";

const call = (handler: Handler, nummer: string, path: string, query = "") =>
  handler(new NextRequest(`http://localhost/lijsten/versies/${encodeURIComponent(nummer)}/mdm/${path}${query}`, { headers: { "x-forwarded-for": "192.0.2.7" } }), { params: Promise.resolve({ nummer }) });
const queryFor = (path: string) => (path.endsWith("toegestaan") ? ALLOWED : "");

describe.each(testDatabases)("MDM-bestanden van een lijstversie op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  const others: Record<string, TestViewer> = {};

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    for (const email of ["medewerker@voorbeeld.nl", "raadslid@voorbeeld.nl", "griffie@voorbeeld.nl", "beheerder@voorbeeld.nl"]) others[email] = await viewerFor(db, email);
  });
  afterAll(() => close());

  it("refuses every role without lists.view with 403 and no file, and logs each attempt as denied", async () => {
    for (const viewer of Object.values(others)) {
      harness.viewer = viewer;
      for (const { path, handler, action } of routes) {
        const response = await call(handler, "1", path, queryFor(path));
        expect(response.status, `${viewer.email} ${path}`).toBe(403);
        expect(response.headers.get("content-disposition")).toBeNull();
        expect(await response.text()).not.toMatch(/com\.|TikTok/);
        expect(await lastAuditEvent(db)).toMatchObject({ action, actorId: viewer.id, result: "denied", objectType: "permission", objectId: "lists.view" });
      }
    }
    harness.viewer = null;
    const anonymous = await call(apple, "1", "apple");
    expect(anonymous.status).toBe(401);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "list.version.export.apple", actorId: null, result: "denied" });
  });

  it("gives the CISO each file with the server's file name and type, and logs each download with its own code", async () => {
    harness.viewer = ciso;
    for (const { path, handler, action, fileName, contentType } of routes) {
      const response = await call(handler, "1", path, queryFor(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"`);
      expect(response.headers.get("content-type")).toBe(contentType);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect((await response.text()).length).toBeGreaterThan(50);
      expect(await lastAuditEvent(db)).toMatchObject({ action, actorId: ciso.id, result: "success", objectType: "list_version", objectId: "1", after: { number: 1, file: fileName } });
    }
  });

  it("builds the files from the seeded version: TikTok and WeChat by their identifiers, apps without one left out", async () => {
    harness.viewer = ciso;
    const graph = JSON.parse(await (await call(intuneIos, "1", "intune-ios")).text());
    expect(graph["@odata.type"]).toBe("#microsoft.graph.iosCompliancePolicy");
    expect(graph.restrictedApps).toContainEqual({ "@odata.type": "#microsoft.graph.appListItem", name: "WeChat", publisher: "Tencent", appStoreUrl: null, appId: "com.tencent.xin" });
    expect(graph.restrictedApps.map((a: { name: string }) => a.name)).not.toContain("Temu");

    const profileXml = await (await call(apple, "1", "apple")).text();
    const profile = parse(profileXml) as { PayloadUUID: string; PayloadContent: { PayloadType: string; blockedAppBundleIDs: string[] }[] };
    expect(profile.PayloadContent[0].PayloadType).toBe("com.apple.applicationaccess");
    expect(profile.PayloadContent[0].blockedAppBundleIDs).toEqual(expect.arrayContaining(["com.zhiliaoapp.musically", "com.tencent.xin"]));
    expect(await (await call(apple, "1", "apple")).text()).toBe(profileXml);

    const policy = JSON.parse(await (await call(android, "1", "android")).text());
    expect(policy.applications).toContainEqual({ packageName: "com.einnovation.temu", installType: "BLOCKED" });
    expect(policy.applications.every((a: { installType: string }) => a.installType === "BLOCKED")).toBe(true);
  });

  it("makes the allowlist files from the typed ids and records them in the audit row", async () => {
    harness.viewer = ciso;
    const profile = parse(await (await call(appleAllowed, "1", "apple-toegestaan", ALLOWED)).text()) as { PayloadContent: { allowListedAppBundleIDs: string[] }[] };
    expect(profile.PayloadContent[0].allowListedAppBundleIDs).toEqual(["com.microsoft.skype.teams", "com.apple.mobilesafari"]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "list.version.export.apple", after: { format: "apple-toegestaan", allowed: ["com.microsoft.skype.teams", "com.apple.mobilesafari"] } });
    const policy = JSON.parse(await (await call(androidAllowed, "1", "android-toegestaan", "?apps=com.microsoft.teams&installatie=verplicht")).text());
    expect(policy).toEqual({ playStoreMode: "WHITELIST", applications: [{ packageName: "com.microsoft.teams", installType: "FORCE_INSTALLED" }] });
  });

  it("sends a refused allowlist back to the export page with the typed text, without a file or an audit row", async () => {
    harness.viewer = ciso;
    const before = await lastAuditEvent(db);
    for (const query of ["?apps=com.tencent.xin", "?apps=", "", "?apps=not-an-id%00"]) {
      const response = await call(appleAllowed, "1", "apple-toegestaan", query);
      expect(response.status, query).toBe(303);
      const location = new URL(response.headers.get("location")!, "http://localhost");
      expect(location.pathname).toBe("/lijsten/versies/1/mdm");
      expect(location.searchParams.get("toestaan")).toBe("apple");
      expect(location.hash).toBe("#toestaan-apple");
      expect(response.headers.get("content-disposition")).toBeNull();
    }
    const back = await call(androidAllowed, "1", "android-toegestaan", "?apps=com.tencent.mm%0Acom.microsoft.teams&installatie=verplicht");
    const location = new URL(back.headers.get("location")!, "http://localhost");
    expect(location.searchParams.get("apps")).toBe("com.tencent.mm\ncom.microsoft.teams");
    expect(location.searchParams.get("installatie")).toBe("verplicht");
    expect((await lastAuditEvent(db)).id).toBe(before.id);
  });

  it("lists per app of the version the people with an approved exemption that has not ended, formula-safe", async () => {
    harness.viewer = ciso;
    const [wechat] = await db.select({ id: apps.id }).from(apps).where(eq(apps.name, "WeChat"));
    const [staff] = await db.select({ id: users.id }).from(users).where(eq(users.email, "medewerker@voorbeeld.nl"));
    const approved = { userId: staff.id, appId: wechat.id, appName: "WeChat", reason: "inspection" as const, justification: "Contact met ondernemers.", requestedUntil: today, status: "approved" as const };
    await db.insert(exemptions).values([
      { ...approved, device: "=HYPERLINK(\"https://evil.example\")", endsOn: today },
      { ...approved, device: "Verlopen toestel", endsOn: addDaysIso(today, -1) },
      { ...approved, device: "Ingetrokken toestel", endsOn: addDaysIso(today, 30), status: "revoked" as const },
    ]);
    const { header, records } = readCsv(await (await call(exclusions, "1", "uitsluitingen")).text());
    expect(header.cells.slice(0, 6)).toEqual(["App", "iOS-bundel-ID", "Android-pakketnaam", "Naam", "E-mailadres", "Toestel"]);
    const lines = records.map((r) => r.cells);
    expect(lines.map((c) => [c[0], c[4], c[5]])).toEqual([
      ["TikTok", "communicatie@voorbeeld.nl", "Losse telefoon van team Communicatie (zonder werkaccounts)"],
      ["WeChat", "medewerker@voorbeeld.nl", "'=HYPERLINK(\"https://evil.example\")"],
    ]);
    expect(lines[0].slice(1, 3)).toEqual(["com.zhiliaoapp.musically", "com.zhiliaoapp.musically"]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "list.version.export.exclusions", after: { format: "uitsluitingen-csv", apps: 2, people: 2, validOn: today } });

    const json = JSON.parse(await (await call(exclusionsJson, "1", "uitsluitingen-json")).text());
    expect(json).toMatchObject({ listVersion: 1, validOn: today });
    expect(json.apps.map((a: { name: string; members: { email: string }[] }) => [a.name, a.members.map((m) => m.email)])).toEqual([
      ["TikTok", ["communicatie@voorbeeld.nl"]],
      ["WeChat", ["medewerker@voorbeeld.nl"]],
    ]);
  });

  it("answers 404 for a version that does not exist, garbage or a NUL byte, and logs no download", async () => {
    harness.viewer = ciso;
    const before = await lastAuditEvent(db);
    for (const nummer of ["999", "0", "-1", "abc", "1e3", "1\u0000", "99999999999999999999", "1.0"]) {
      for (const { path, handler } of routes) {
        const response = await call(handler, nummer, path, queryFor(path));
        expect(response.status, `${JSON.stringify(nummer)} ${path}`).toBe(404);
        expect(await response.text()).toBe("Deze lijstversie bestaat niet.");
      }
    }
    expect((await lastAuditEvent(db)).id).toBe(before.id);
  });
});
