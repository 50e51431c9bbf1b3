import { count } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { apps, countries, departments, organisation, users, vendors } from "@/db/schema";
import { publishListVersion } from "@/lib/lists/publish";
import { writeAudit } from "@/lib/audit/chain";
import { hashPassword } from "@/lib/auth/passwords";
import { insertDemoPolicy } from "@/lib/demo/seed-policy";
import { insertDemoCouncil } from "@/lib/demo/seed-council";
import { insertDemoChannels } from "@/lib/demo/seed-channels";
import { PUBLIC_SOURCE, demoApps, demoCountries } from "@/db/seed/demo-lists";
import { DEMO_PASSWORD, demoDepartments, demoPeople } from "@/db/seed/demo-people";
import { insertDemoExemptions } from "@/db/seed/demo-exemptions";
import { todayIso } from "@/lib/dates";
import { seedDemoSecondFactors } from "@/lib/auth/second-factor/demo";

const SYSTEM = { actorId: null, actorLabel: "systeem (demogegevens)", result: "success" as const, ip: null };

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisation);
  return (row?.n ?? 0) === 0;
}

export async function seedOrganisation(tx: Tx, name: string) {
  const values = { name, contactEmail: "informatiebeveiliging@voorbeeld.nl", contactPhone: "14 0000", websiteUrl: "https://www.voorbeeld.nl" };
  await tx.insert(organisation).values(values);
  await writeAudit(tx, { ...SYSTEM, action: "organisation.create", objectType: "organisation", objectId: 1, after: values });
}

/** Fills an empty database with the demo organisation, people and list version 1. */
export async function seedDemo(db: Db, options: { organisationName?: string } = {}) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await seedOrganisation(tx, options.organisationName ?? process.env.ORGANISATION_NAME ?? "Gemeente Voorbeeld");

    const departmentRows = await tx.insert(departments).values(demoDepartments.map((name) => ({ name }))).returning();
    const departmentId = new Map(departmentRows.map((d) => [d.name, d.id]));
    const people = await tx
      .insert(users)
      .values(demoPeople.map((p) => ({ ...p, department: undefined, departmentId: p.department ? departmentId.get(p.department) : null, passwordHash })))
      .returning({ id: users.id, email: users.email, roles: users.roles });
    for (const person of people) {
      await writeAudit(tx, { ...SYSTEM, action: "user.create", objectType: "user", objectId: person.id, after: { email: person.email, roles: person.roles } });
    }
    await seedDemoSecondFactors(tx, people);

    const countryRows = await tx.insert(countries).values(demoCountries).returning();
    const china = countryRows.find((c) => c.code === "CN")!;
    for (const c of countryRows) {
      await writeAudit(tx, { ...SYSTEM, action: "country.create", objectType: "country", objectId: c.id, after: c });
    }

    const vendorNames = [...new Set(demoApps.map((a) => a.vendor))];
    const vendorRows = await tx.insert(vendors).values(vendorNames.map((name) => ({ name, countryId: china.id }))).returning();
    const vendorId = new Map(vendorRows.map((v) => [v.name, v.id]));
    for (const v of vendorRows) {
      await writeAudit(tx, { ...SYSTEM, action: "vendor.create", objectType: "vendor", objectId: v.id, after: v });
    }

    const appRows = await tx
      .insert(apps)
      .values(
        demoApps.map((a) => ({
          name: a.name,
          vendorId: vendorId.get(a.vendor)!,
          category: a.category,
          measure: a.measure ?? "banned",
          source: a.source,
          sourceNote: a.source === "vng_top" ? "VNG-advies 17 mei 2023, bijlage A (top)" : "VNG-advies 17 mei 2023, bijlage A (overig)",
          iosBundleId: a.ios ?? null,
          iosIdSource: a.ios ? PUBLIC_SOURCE : null,
          androidPackage: a.android ?? null,
          androidIdSource: a.android ? PUBLIC_SOURCE : null,
          notes: a.notes ?? null,
        })),
      )
      .returning();
    for (const a of appRows) {
      await writeAudit(tx, { ...SYSTEM, action: "app.create", objectType: "app", objectId: a.id, after: a });
    }

    const version = await publishListVersion(tx, { userId: null, name: SYSTEM.actorLabel }, "Eerste lijst, overgenomen uit het VNG-advies van 17 mei 2023 (bijlage A).");
    await writeAudit(tx, { ...SYSTEM, action: "list.publish", objectType: "list_version", objectId: version.number, after: { number: version.number, contentHash: version.contentHash, changelog: version.changelog } });
    const policyVersion = await insertDemoPolicy(tx, version.id, people);

    const byEmail = new Map(people.map((p) => [p.email, p.id]));
    const byApp = new Map(appRows.map((a) => [a.name, a.id]));
    const demoExemptions = await insertDemoExemptions(
      tx,
      { userId: (email) => byEmail.get(email)!, appId: (name) => byApp.get(name)!, cisoId: byEmail.get("ciso@voorbeeld.nl")!, secondCisoId: byEmail.get("ciso2@voorbeeld.nl")! },
      todayIso(),
      new Date(),
    );
    for (const e of demoExemptions) {
      await writeAudit(tx, { ...SYSTEM, action: "exemption.request", objectType: "exemption", objectId: e.id, after: { appName: e.appName, status: e.status } });
    }

    await insertDemoCouncil(tx, { userId: (email) => byEmail.get(email)!, listVersionId: version.id, policyVersionId: policyVersion.id, today: todayIso(), now: new Date() });
    await insertDemoChannels(tx, { departmentId: (name) => departmentId.get(name)!, appId: (name) => byApp.get(name)!, today: todayIso() });
  });
}
