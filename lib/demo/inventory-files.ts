// Deterministic MDM inventories for the demo, in Intune's "AppInvRawData" format: 695 devices (Barneveld,
// seed 002), each with a handful of ordinary apps, and listed apps on a share that shrinks import by import.
import { INTUNE_HEADER } from "@/lib/inventory/formats";

export const DEMO_DEVICE_COUNT = 695;

type App = { key: string; name: string; publisher: string };
const ordinary: App[] = [
  { key: "com.microsoft.Office.Outlook", name: "Microsoft Outlook", publisher: "Microsoft Corporation" },
  { key: "com.microsoft.skype.teams", name: "Microsoft Teams", publisher: "Microsoft Corporation" },
  { key: "com.microsoft.msedge", name: "Microsoft Edge", publisher: "Microsoft Corporation" },
  { key: "com.microsoft.authenticator", name: "Microsoft Authenticator", publisher: "Microsoft Corporation" },
  { key: "nl.rijksoverheid.app", name: "Rijksoverheid", publisher: "Rijksoverheid" },
  { key: "nl.digid.digidapp", name: "DigiD", publisher: "Logius" },
  { key: "nl.ns.reisplanner", name: "NS", publisher: "Nederlandse Spoorwegen" },
  { key: "nl.buienradar", name: "Buienradar", publisher: "RTL Nederland" },
  { key: "net.whatsapp.WhatsApp", name: "WhatsApp", publisher: "WhatsApp Inc." },
  { key: "com.signal.messenger", name: "Signal", publisher: "Signal Messenger LLC" },
  { key: "nl.nos.app", name: "NOS", publisher: "NOS" },
  { key: "com.linkedin.LinkedIn", name: "LinkedIn", publisher: "LinkedIn Corporation" },
];
const tiktok: App = { key: "com.zhiliaoapp.musically", name: "TikTok", publisher: "TikTok Ltd." };
const wechat = (android: boolean): App => ({ key: android ? "com.tencent.mm" : "com.tencent.xin", name: "WeChat", publisher: "Tencent Technology" });
const temu: App = { key: "com.einnovation.temu", name: "Temu", publisher: "PDD Holdings" };
// CapCut's iOS id is not on the list: found by name and publisher, flagged as such.
const capcutIos: App = { key: "com.ss.iphone.ugc.Ies", name: "CapCut", publisher: "Bytedance Pte. Ltd." };

// Devices 1-15 belong to people with a portal account; the rest to staff the portal does not know (yet).
const known = [
  "ciso@voorbeeld.nl", "beheerder@voorbeeld.nl", "griffie@voorbeeld.nl", "raadslid@voorbeeld.nl", "medewerker@voorbeeld.nl",
  "wethouder@voorbeeld.nl", "directeur@voorbeeld.nl", "communicatie@voorbeeld.nl", "toezicht@voorbeeld.nl", "beheerder2@voorbeeld.nl",
  "ciso2@voorbeeld.nl", "burgerraadslid@voorbeeld.nl", "wethouder@voorbeeld.nl", "directeur@voorbeeld.nl", "communicatie@voorbeeld.nl",
];

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const field = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Listed apps per import, oldest first: the trend goes down. Owners with a portal account come first. */
export type DemoRound = { tiktok: number; wechat: number; temu: number; capcut: number };
export const demoRounds: DemoRound[] = [
  { tiktok: 61, wechat: 12, temu: 20, capcut: 6 },
  { tiktok: 47, wechat: 8, temu: 14, capcut: 4 },
  { tiktok: 33, wechat: 5, temu: 9, capcut: 3 },
];

/** One import's file. The devices and their ordinary apps are the same in every round (seed 002). */
export function demoInventoryCsv(round: DemoRound): string {
  const rand = random(2);
  const lines = [INTUNE_HEADER];
  // Known owners first, then others spread evenly, so every round names the wethouder (TikTok, exemption pending).
  const spread = (n: number, offset: number) => new Set(Array.from({ length: n }, (_, i) => (i < 6 ? [5, 7, 12, 4, 8, 6][i] : 16 + ((i * 101 + offset) % (DEMO_DEVICE_COUNT - 16)))));
  const tiktokOn = spread(round.tiktok, 0);
  const wechatOn = new Set([8, ...spread(round.wechat - 1, 31)]);
  const temuOn = spread(round.temu, 53);
  const capcutOn = spread(round.capcut, 71);
  for (let d = 1; d <= DEMO_DEVICE_COUNT; d++) {
    const android = rand() < 0.42;
    const email = d <= known.length ? known[d - 1] : d % 23 === 0 ? "" : `medewerker${String(d).padStart(3, "0")}@barneveld.example`;
    const apps = ordinary.filter(() => rand() < 0.6);
    if (tiktokOn.has(d)) apps.push(tiktok);
    if (wechatOn.has(d)) apps.push(wechat(android));
    if (temuOn.has(d) && android) apps.push(temu);
    if (capcutOn.has(d) && !android) apps.push(capcutIos);
    const id = `b${String(d).padStart(4, "0")}-${Math.floor(rand() * 0xffffff).toString(16).padStart(6, "0")}`;
    const os = android ? ["Android", "14"] : ["iOS", "17.6"];
    for (const app of apps.length ? apps : [ordinary[0]]) {
      lines.push([app.key, app.name, app.publisher, "1.0", "1.0.0", id, `GB-${String(d).padStart(4, "0")}`, email, `${os[0]} ${os[1]}`, os[1], os[0], "", ""].map(field).join(","));
    }
  }
  return lines.join("\r\n") + "\r\n";
}
