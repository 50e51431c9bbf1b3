import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { departments, organisation } from "@/db/schema";
import type { Db } from "@/db/client";
import { listDepartmentOptions } from "@/db/queries/departments";
import { updateOrganisationAction } from "./actions";
import { createDepartmentAction, deactivateDepartmentAction, reactivateDepartmentAction, renameDepartmentAction } from "./afdelingen/actions";

describe.each(testDatabases)("organisatie en afdelingen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let beheerder: TestViewer;
  let staff: TestViewer;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    const viewer = (email: string) => viewerFor(db, email);
    beheerder = await viewer("beheerder@voorbeeld.nl");
    staff = await viewer("medewerker@voorbeeld.nl");
  });
  afterAll(() => close());

  const settings = { name: "Gemeente Proefstad", contactEmail: "CISO@proefstad.nl", contactPhone: "14 0123", websiteUrl: "https://www.proefstad.nl", councilAnswerTermDays: "28" };
  const lastAudit = () => lastAuditEvent(db);
  const organisationRow = async () => (await db.select().from(organisation))[0];

  it("refuses a medewerker every organisation and department action, changes nothing and logs the denial", async () => {
    harness.viewer = staff;
    const before = { org: await organisationRow(), departments: await db.select().from(departments) };
    for (const attempt of [
      () => call(updateOrganisationAction, settings),
      () => call(createDepartmentAction, { departmentName: "Schaduwafdeling" }),
      () => call(renameDepartmentAction, { id: "1", name: "Overgenomen" }),
      () => call(deactivateDepartmentAction, { id: "1" }),
    ]) {
      const { state } = await attempt();
      expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect(await lastAudit()).toMatchObject({ actorId: staff.id, result: "denied" });
    }
    expect(await organisationRow()).toEqual(before.org);
    expect(await db.select().from(departments)).toEqual(before.departments);
  });

  it("saves the organisation settings with before and after in the audit log", async () => {
    harness.viewer = beheerder;
    const { redirectTo } = await call(updateOrganisationAction, settings);
    expect(redirectTo).toBe("/beheer/organisatie");
    expect(await organisationRow()).toMatchObject({ name: "Gemeente Proefstad", contactEmail: "ciso@proefstad.nl", councilAnswerTermDays: 28 });
    expect(await lastAudit()).toMatchObject({
      action: "organisation.update",
      before: { name: "Gemeente Voorbeeld" },
      after: { name: "Gemeente Proefstad", councilAnswerTermDays: 28 },
    });
  });

  it("refuses a website that is not http(s) and a term outside 1 to 365 days", async () => {
    harness.viewer = beheerder;
    const { state } = await call(updateOrganisationAction, { ...settings, websiteUrl: "javascript:alert(1)", councilAnswerTermDays: "0" });
    expect(state).toMatchObject({ ok: false, fieldErrors: { websiteUrl: [expect.any(String)], councilAnswerTermDays: [expect.any(String)] } });
    expect((await organisationRow()).websiteUrl).toBe("https://www.proefstad.nl");
  });

  it("adds, renames, deactivates and reactivates a department; names are unique whatever their capitals", async () => {
    harness.viewer = beheerder;
    await call(createDepartmentAction, { departmentName: "Digitale Dienstverlening" });
    const [created] = await db.select().from(departments).where(eq(departments.name, "Digitale Dienstverlening"));
    expect(await lastAudit()).toMatchObject({ action: "department.create", objectId: String(created.id) });

    const duplicate = await call(createDepartmentAction, { departmentName: "digitale dienstverlening" });
    expect(duplicate.state).toMatchObject({ ok: false, fieldErrors: { departmentName: [expect.stringContaining("al een afdeling")] } });
    const clash = await call(renameDepartmentAction, { id: String(created.id), name: "GRIFFIE" });
    expect(clash.state).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });

    await call(renameDepartmentAction, { id: String(created.id), name: "Dienstverlening" });
    await call(deactivateDepartmentAction, { id: String(created.id) });
    expect((await db.select().from(departments).where(eq(departments.id, created.id)))[0]).toMatchObject({ name: "Dienstverlening", active: false });
    expect((await listDepartmentOptions(db)).some((o) => o.value === String(created.id))).toBe(false);
    expect(await listDepartmentOptions(db, created.id)).toContainEqual({ value: String(created.id), label: "Dienstverlening (niet meer in gebruik)" });

    const twice = await call(deactivateDepartmentAction, { id: String(created.id) });
    expect(twice.state).toMatchObject({ ok: false });
    await call(reactivateDepartmentAction, { id: String(created.id) });
    expect((await db.select().from(departments).where(eq(departments.id, created.id)))[0].active).toBe(true);
  });
});
