import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { VendorForm } from "../_components/vendor-form";
import { countryOptions } from "../country-options";

export const metadata: Metadata = { title: "Leverancier toevoegen" };

export default async function NewVendorPage() {
  await requirePermission("lists.edit");
  return (
    <>
      <PageHeader title="Leverancier toevoegen" crumbs={[...listsCrumbs, { href: "/lijsten/leveranciers", label: "Leveranciers" }]} />
      <VendorForm countryOptions={await countryOptions()} />
    </>
  );
}
