import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getChannel } from "@/db/queries/channels";
import { DataListItem } from "@/components/data-list-item";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { channelFormChoices } from "@/lib/channels/form-choices";
import { formatDate, formatDateTime } from "@/lib/dates";
import { recordTitle } from "@/lib/page-title";
import { parseRecordId } from "@/lib/params";
import { ChannelStatusBadge, FlagBadge } from "../_components/channel-badges";
import { EditChannelForm } from "../_components/channel-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const load = async (params: Props["params"]) => {
  const id = parseRecordId((await params).id);
  return id ? getChannel(getDb(), id) : null;
};

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  recordTitle("channels.view", { general: "Communicatiekanaal", notFound: "Kanaal niet gevonden" }, async () => {
    const channel = await load(params);
    return channel ? `${channel.account} op ${channel.platform}` : null;
  });

export default async function ChannelPage({ params }: Props) {
  const viewer = await requirePermission("channels.view");
  const channel = await load(params);
  if (!channel) notFound();
  const manages = can(viewer.roles, "channels.manage");
  const title = `${channel.account} op ${channel.platform}`;

  return (
    <>
      <PageHeader title={title} crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/kanalen", label: "Communicatiekanalen" }]} />
      {channel.flagged ? (
        <p className="utrecht-paragraph mb-6"><FlagBadge /> De app van {channel.platform} staat op de lijst die nu geldt. Bouw het account af en zet de status op opgeheven als het weg is.</p>
      ) : null}
      <dl className="utrecht-data-list mb-10 max-w-3xl">
        <DataListItem label="Platform">{channel.platform}</DataListItem>
        <DataListItem label="Account">{channel.account}</DataListItem>
        <DataListItem label="Webadres">{channel.url ? <a className="utrecht-link break-all" href={channel.url} rel="noopener noreferrer">{channel.url}</a> : "–"}</DataListItem>
        <DataListItem label="Afdeling">{channel.departmentName ?? "–"}</DataListItem>
        <DataListItem label="App op de lijst">{channel.appName ?? "Geen app op de lijst"}</DataListItem>
        <DataListItem label="Status"><ChannelStatusBadge status={channel.status} /></DataListItem>
        <DataListItem label="Opgeheven op">{channel.closedOn ? formatDate(channel.closedOn) : "–"}</DataListItem>
        <DataListItem label="Toelichting"><span className="whitespace-pre-line">{channel.notes ?? "–"}</span></DataListItem>
        <DataListItem label="Laatst gewijzigd">{formatDateTime(channel.updatedAt)}</DataListItem>
      </dl>
      {manages ? (
        <section aria-labelledby="wijzigen" className="flex flex-col gap-4">
          <h2 id="wijzigen" className="utrecht-heading-2">Kanaal wijzigen</h2>
          <EditChannelForm channel={channel} choices={await channelFormChoices(getDb(), channel)} />
        </section>
      ) : null}
    </>
  );
}
