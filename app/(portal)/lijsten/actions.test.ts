import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { harness, call, useDb, viewerFor } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { publishConfirmation } from "@/test/publishing";
import { apps, countries, listVersions, vendors } from "@/db/schema";
import type { Db } from "@/db/client";
import { createAppAction, removeAppAction, updateAppAction } from "./apps/actions";
import { createCountryAction, delistCountryAction } from "./landen/actions";
import { createVendorAction } from "./leveranciers/actions";
import { publishListAction } from "./actions";

describe.each(testDatabases)("lijstacties op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: NonNullable<typeof harness.viewer>;
  let staff: NonNullable<typeof harness.viewer>;
  let beheerder: NonNullable<typeof harness.viewer>;
  let tencentId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    const viewer = (email: string) => viewerFor(db, email);
    ciso = await viewer("ciso@voorbeeld.nl");
    staff = await viewer("medewerker@voorbeeld.nl");
    beheerder = await viewer("beheerder@voorbeeld.nl");
    [{ id: tencentId }] = await db.select({ id: vendors.id }).from(vendors).where(eq(vendors.name, "Tencent"));
  });
  afterAll(() => close());

  const appInput = (name: string, android: string) => ({
    name, vendorId: String(tencentId), category: "Berichten", measure: "banned", source: "own_finding", androidPackage: android, iosBundleId: "",
  });

  const lastAudit = () => lastAuditEvent(db);

  const denialCases = [
    ["createAppAction", createAppAction, () => appInput("Geweigerd", "nl.geweigerd.app")],
    ["updateAppAction", updateAppAction, () => ({ ...appInput("TikTok", "com.zhiliaoapp.musically"), id: "1", measure: "discouraged" })],
    ["removeAppAction", removeAppAction, () => ({ id: "1", removedReason: "poging zonder rechten" })],
    ["createCountryAction", createCountryAction, () => ({ code: "BY", name: "Belarus", basis: "test", listedOn: "2026-01-01", nextReviewOn: "2027-01-01" })],
    ["delistCountryAction", delistCountryAction, () => ({ id: "1", delistedOn: "2026-11-23", delistReason: "poging zonder rechten" })],
    ["createVendorAction", createVendorAction, () => ({ name: "Geweigerd BV", countryId: "1" })],
    ["publishListAction", publishListAction, () => ({ note: "poging zonder rechten" })],
  ] as const;

  it.each(denialCases)("%s refuses a medewerker and a beheerder, changes nothing and logs the denial", async (name, run, input) => {
    const before = await Promise.all([db.$count(apps, isNull(apps.removedAt)), db.$count(countries, isNull(countries.delistedOn)), db.$count(vendors), db.$count(listVersions)]);
    for (const viewer of [staff, beheerder]) {
      harness.viewer = viewer;
      const { state } = await call(run as never, input() as never);
      expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect(await lastAudit()).toMatchObject({ actorId: viewer.id, result: "denied", ip: "192.0.2.10" });
    }
    harness.viewer = null;
    const { state } = await call(run as never, input() as never);
    expect(state).toMatchObject({ ok: false });
    expect(await lastAudit()).toMatchObject({ actorId: null, actorLabel: "anoniem", result: "denied" });
    const after = await Promise.all([db.$count(apps, isNull(apps.removedAt)), db.$count(countries, isNull(countries.delistedOn)), db.$count(vendors), db.$count(listVersions)]);
    expect(after).toEqual(before);
    const [tiktok] = await db.select().from(apps).where(eq(apps.id, 1));
    expect(tiktok.measure).toBe("banned");
    void name;
  });

  it("lets the CISO add an app with its audit row in the same transaction, and refuses a duplicate identifier", async () => {
    harness.viewer = ciso;
    const created = await call(createAppAction, appInput("Testapp", "nl.voorbeeld.testapp"));
    expect(created.redirectTo).toBe("/lijsten/apps");
    const [app] = await db.select().from(apps).where(and(eq(apps.name, "Testapp"), isNull(apps.removedAt)));
    expect(await lastAudit()).toMatchObject({ action: "app.create", objectId: String(app.id), actorId: ciso.id, result: "success" });

    const duplicate = await call(createAppAction, appInput("Andere app", "NL.voorbeeld.TESTAPP"));
    expect(duplicate.state).toMatchObject({ ok: false, fieldErrors: { androidPackage: ["Deze Android-pakketnaam hoort al bij Testapp."] } });
    expect(await db.$count(apps, eq(apps.name, "Andere app"))).toBe(0);
  });

  it("refuses bad input with Dutch field errors and keeps what was typed", async () => {
    harness.viewer = ciso;
    const { state } = await call(createAppAction, { ...appInput("", "com..fout"), measure: "weet niet" });
    expect(state).toMatchObject({ ok: false, values: { androidPackage: "com..fout" } });
    const errors = (state as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors.name).toEqual(["Vul de naam van de app in."]);
    expect(errors.measure).toEqual(["Kies een maatregel."]);
    expect(errors.androidPackage[0]).toMatch(/^Dit is geen geldige Android-pakketnaam/);
  });

  it("refuses an impossible date and an id beyond the integer range with Dutch field errors, changing nothing", async () => {
    harness.viewer = ciso;
    const delist = await call(delistCountryAction, { id: "1", delistedOn: "2026-02-30", delistReason: "een datum die niet bestaat" });
    expect(delist.state).toMatchObject({ ok: false, fieldErrors: { delistedOn: ["Vul de datum in waarop het land van de lijst gaat."] } });
    const remove = await call(removeAppAction, { id: "99999999999", removedReason: "een id buiten het bereik" });
    expect(remove.state).toMatchObject({ ok: false, fieldErrors: { id: ["Deze waarde klopt niet."] } });
    const nul = await call(createVendorAction, { name: "Nul\u0000BV", countryId: "1" });
    expect(nul.state).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("onzichtbaar stuurteken")] }, values: { name: "NulBV" } });
    expect(await db.$count(vendors, eq(vendors.name, "NulBV"))).toBe(0);
    const [country] = await db.select().from(countries).where(eq(countries.id, 1));
    expect(country.delistedOn).toBeNull();
  });

  it("publishes the draft as the next version and refuses an empty publication", async () => {
    harness.viewer = ciso;
    const published = await call(publishListAction, { note: "Testapp toegevoegd na eigen onderzoek.", ...(await publishConfirmation(db)) });
    expect(published.redirectTo).toBe("/lijsten/versies/2");
    expect(await lastAudit()).toMatchObject({ action: "list.publish", objectId: "2", actorId: ciso.id });
    const again = await call(publishListAction, { note: "Nog een keer publiceren.", ...(await publishConfirmation(db)) });
    expect(again.state).toMatchObject({ ok: false, message: expect.stringContaining("geen wijzigingen") });
  });
});
