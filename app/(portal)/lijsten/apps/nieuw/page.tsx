import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { AppForm } from "../_components/app-form";
import { vendorOptions } from "../vendor-options";

export const metadata: Metadata = { title: "App toevoegen" };

export default async function NewAppPage() {
  await requirePermission("lists.edit");
  return (
    <>
      <PageHeader title="App toevoegen" crumbs={[...listsCrumbs, { href: "/lijsten/apps", label: "Apps" }]}
        intro="De app komt in het concept. Pas na publicatie van een nieuwe lijstversie staat hij op de lijst die iedereen ziet." />
      <AppForm vendorOptions={await vendorOptions()} />
    </>
  );
}
