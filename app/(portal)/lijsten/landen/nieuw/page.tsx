import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { todayIso } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { NewCountryForm } from "../_components/country-forms";

export const metadata: Metadata = { title: "Land toevoegen" };

export default async function NewCountryPage() {
  await requirePermission("lists.edit");
  return (
    <>
      <PageHeader title="Land toevoegen" crumbs={[...listsCrumbs, { href: "/lijsten/landen", label: "Landen" }]} intro="Het land komt in het concept. Iedereen ziet het pas als u een nieuwe lijstversie publiceert." />
      <NewCountryForm today={todayIso()} />
    </>
  );
}
