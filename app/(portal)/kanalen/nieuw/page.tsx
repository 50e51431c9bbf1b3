import type { Metadata } from "next";
import { getDb } from "@/db";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { channelFormChoices } from "@/lib/channels/form-choices";
import { NewChannelForm } from "../_components/channel-form";

export const metadata: Metadata = { title: "Kanaal toevoegen" };
export const dynamic = "force-dynamic";

export default async function NewChannelPage() {
  await requirePermission("channels.manage");
  return (
    <>
      <PageHeader title="Kanaal toevoegen" crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/kanalen", label: "Communicatiekanalen" }]}
        intro="Zet een account van de gemeente in het register: op welk platform, onder welke naam en welke afdeling het beheert." />
      <NewChannelForm choices={await channelFormChoices(getDb())} />
    </>
  );
}
