import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getApp } from "@/db/queries/lists";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { recordTitle } from "@/lib/page-title";
import { parseRecordId } from "@/lib/params";
import { AppForm } from "../_components/app-form";
import { RemoveAppForm } from "../_components/remove-app-form";
import { vendorOptions } from "../vendor-options";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> =>
  recordTitle("lists.edit", { general: "App", notFound: "App niet gevonden" }, async () => {
    const id = parseRecordId((await params).id);
    const found = id ? await getApp(getDb(), id) : null;
    return found && !found.app.removedAt ? found.app.name : null;
  });

export default async function AppPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("lists.edit");
  const id = parseRecordId((await params).id);
  const found = id ? await getApp(getDb(), id) : null;
  if (!found || found.app.removedAt) notFound();
  const { app } = found;
  const verified = (by: string | null, at: Date | null) => (at ? `gecontroleerd door ${by ?? "onbekend"} op ${formatDateTime(at)}` : "niet geverifieerd");
  return (
    <>
      <PageHeader title={app.name} crumbs={[...listsCrumbs, { href: "/lijsten/apps", label: "Apps" }]}
        intro={`${found.vendorName}, ${found.countryName}. iOS: ${verified(found.iosVerifiedByName, app.iosVerifiedAt)}. Android: ${verified(found.androidVerifiedByName, app.androidVerifiedAt)}.`} />
      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="wijzigen">
          <h2 id="wijzigen" className="utrecht-heading-2 mb-4">Gegevens wijzigen</h2>
          <AppForm vendorOptions={await vendorOptions()}
            app={{ ...app, iosVerified: Boolean(app.iosVerifiedAt), androidVerified: Boolean(app.androidVerifiedAt) }} />
        </section>
        <section aria-labelledby="verwijderen">
          <h2 id="verwijderen" className="utrecht-heading-2 mb-4">Uit het concept halen</h2>
          <p className="utrecht-paragraph mb-4">Gepubliceerde lijstversies blijven ongewijzigd. De app verdwijnt pas van de lijst bij de volgende publicatie.</p>
          <RemoveAppForm id={app.id} />
        </section>
      </div>
    </>
  );
}
