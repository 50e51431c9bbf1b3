import { eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { apps, countries, vendors } from "@/db/schema";
import { parseAppCsv, type AppImportError, type AppImportLookups, type AppImportResult } from "@/lib/lists/app-csv";
import type { AuditInput } from "@/lib/audit/chain";

type Reader = Db | Tx;

/** What an app import is checked against: listed countries, all vendors, and the apps in the draft. */
export async function getAppImportLookups(db: Reader): Promise<AppImportLookups> {
  const [countryRows, vendorRows, appRows] = await Promise.all([
    db.select({ id: countries.id, code: countries.code, name: countries.name }).from(countries).where(isNull(countries.delistedOn)),
    db.select({ id: vendors.id, name: vendors.name, countryCode: countries.code }).from(vendors).innerJoin(countries, eq(countries.id, vendors.countryId)),
    db
      .select({ name: apps.name, vendorName: vendors.name, iosBundleId: apps.iosBundleId, androidPackage: apps.androidPackage })
      .from(apps)
      .innerJoin(vendors, eq(vendors.id, apps.vendorId))
      .where(isNull(apps.removedAt)),
  ]);
  return { countries: countryRows, vendors: vendorRows, apps: appRows };
}

export async function checkAppCsv(db: Reader, text: string): Promise<AppImportResult> {
  return parseAppCsv(text, await getAppImportLookups(db));
}

export type AppImportOutcome =
  | { ok: true; apps: { id: number; name: string }[]; vendors: { id: number; name: string }[] }
  | { ok: false; errors: AppImportError[] };

/**
 * Checks the file again against the database as it is now and, only if every row is fine, adds the
 * new vendors and the apps to the draft, with an audit row for each. Runs in the caller's transaction,
 * so a failure halfway leaves nothing behind.
 */
export async function importAppCsv(
  tx: Tx,
  text: string,
  options: { idSource: string; audit: (event: Pick<AuditInput, "action" | "objectType" | "objectId" | "after">) => Promise<void> },
): Promise<AppImportOutcome> {
  const lookups = await getAppImportLookups(tx);
  const { rows, errors } = parseAppCsv(text, lookups);
  if (errors.length > 0) return { ok: false, errors };

  const countryId = new Map(lookups.countries.map((c) => [c.code, c.id]));
  const newVendors = new Map<string, { name: string; countryId: number }>();
  for (const { vendor } of rows) {
    const key = vendor.name.toLowerCase();
    if (vendor.id === null && !newVendors.has(key)) newVendors.set(key, { name: vendor.name, countryId: countryId.get(vendor.countryCode)! });
  }
  const createdVendors = newVendors.size > 0 ? await tx.insert(vendors).values([...newVendors.values()]).returning() : [];
  for (const created of createdVendors) {
    await options.audit({ action: "vendor.create", objectType: "vendor", objectId: created.id, after: { ...created, via: "csv-import" } });
  }

  const vendorId = new Map(createdVendors.map((v) => [v.name.toLowerCase(), v.id]));
  const createdApps = await tx
    .insert(apps)
    .values(
      rows.map(({ app, vendor }) => ({
        ...app,
        vendorId: vendor.id ?? vendorId.get(vendor.name.toLowerCase())!,
        // Identifiers from a file are not checked in the app stores: they stay unverified.
        iosIdSource: app.iosBundleId ? options.idSource : null,
        androidIdSource: app.androidPackage ? options.idSource : null,
      })),
    )
    .returning();
  for (const created of createdApps) {
    await options.audit({ action: "app.create", objectType: "app", objectId: created.id, after: { ...created, via: "csv-import" } });
  }
  return { ok: true, apps: createdApps.map(({ id, name }) => ({ id, name })), vendors: createdVendors.map(({ id, name }) => ({ id, name })) };
}
