import type { Tx } from "@/db/client";
import { channels } from "@/db/schema";
import type { ChannelFields } from "@/db/queries/channels";
import { writeAudit } from "@/lib/audit/chain";
import { addDaysIso } from "@/lib/council-questions/answer-term";

const SYSTEM = { actorId: null, actorLabel: "systeem (demogegevens)", result: "success" as const, ip: null };

type Ids = { departmentId: (name: string) => number; appId: (name: string) => number; today: string };
type DemoChannel = Omit<ChannelFields, "departmentId" | "appId"> & { department: string; app: string | null };

const open = { closedOn: null };

// Seed 000, questions 7 and 8: the college finds it undesirable that the gemeente itself is active on TikTok
// and is willing to delete its TikTok account. The answer says "ja", not that it is gone: it is being phased out.
// The others are the usual accounts of a gemeente, one of them closed already.
const demoChannels = (today: string): DemoChannel[] => [
  {
    platform: "TikTok", account: "@gemeentevoorbeeld", url: "https://www.tiktok.com/@gemeentevoorbeeld", department: "Communicatie", app: "TikTok", status: "winding_down", ...open,
    notes: "Raadsvragen over TikTok, vraag 7 en 8: het college vindt het onwenselijk dat de gemeente zelf actief is op TikTok en is bereid het account op te heffen en niet meer op dit sociale medium aanwezig te zijn.",
  },
  {
    platform: "TikTok", account: "@jongerenwerkvoorbeeld", url: "https://www.tiktok.com/@jongerenwerkvoorbeeld", department: "Sociaal Domein", app: "TikTok", status: "active", ...open,
    notes: "Het jongerenwerk bereikt hier jongeren. Valt onder beslispunt 2 van het collegebesluit over apps uit risicolanden: niet meer als communicatiekanaal gebruiken.",
  },
  { platform: "Facebook", account: "Gemeente Voorbeeld", url: "https://www.facebook.com/gemeentevoorbeeld", department: "Communicatie", app: null, status: "active", ...open, notes: null },
  { platform: "Instagram", account: "@gemeentevoorbeeld", url: "https://www.instagram.com/gemeentevoorbeeld", department: "Communicatie", app: null, status: "active", ...open, notes: null },
  { platform: "LinkedIn", account: "Gemeente Voorbeeld", url: "https://www.linkedin.com/company/gemeente-voorbeeld", department: "Bestuursondersteuning", app: null, status: "active", ...open, notes: "Vacatures en nieuws voor werkgevers." },
  { platform: "X", account: "@gem_voorbeeld", url: "https://x.com/gem_voorbeeld", department: "Communicatie", app: null, status: "winding_down", ...open, notes: "Wordt afgebouwd op eigen besluit van team Communicatie; de app staat niet op de lijst." },
  {
    platform: "WeChat", account: "Gemeente Voorbeeld (officieel account)", url: null, department: "Publiekszaken", app: "WeChat", status: "closed", closedOn: addDaysIso(today, -200),
    notes: "Was bedoeld voor Chinese ondernemers en bezoekers. Opgeheven voordat het collegebesluit over apps uit risicolanden werd genomen.",
  },
];

/** The demo register of communication channels, each with its audit row like the other demo records. */
export async function insertDemoChannels(tx: Tx, ids: Ids) {
  for (const { department, app, ...rest } of demoChannels(ids.today)) {
    const fields: ChannelFields = { ...rest, departmentId: ids.departmentId(department), appId: app ? ids.appId(app) : null };
    const [row] = await tx.insert(channels).values(fields).returning({ id: channels.id });
    await writeAudit(tx, { ...SYSTEM, action: "channel.create", objectType: "communication_channel", objectId: row.id, after: fields });
  }
}
