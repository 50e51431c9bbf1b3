import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getVendor } from "@/db/queries/lists";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { recordTitle } from "@/lib/page-title";
import { parseRecordId } from "@/lib/params";
import { VendorForm } from "../_components/vendor-form";
import { countryOptions } from "../country-options";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> =>
  recordTitle("lists.edit", { general: "Leverancier", notFound: "Leverancier niet gevonden" }, async () => {
    const id = parseRecordId((await params).id);
    return id ? (await getVendor(getDb(), id))?.name : null;
  });

export default async function VendorPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("lists.edit");
  const id = parseRecordId((await params).id);
  const vendor = id ? await getVendor(getDb(), id) : null;
  if (!vendor) notFound();
  return (
    <>
      <PageHeader title={vendor.name} crumbs={[...listsCrumbs, { href: "/lijsten/leveranciers", label: "Leveranciers" }]}
        intro="Een ander land van zeggenschap geldt voor alle apps van deze leverancier, vanaf de volgende lijstversie." />
      <VendorForm vendor={vendor} countryOptions={await countryOptions(vendor.countryId)} />
    </>
  );
}
