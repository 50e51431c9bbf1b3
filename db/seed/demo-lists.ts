import type { AppSource, Measure } from "@/db/schema/enums";

// Drawn from the AIVD beschouwing (23 February 2023) and VNG advice bijlage A (17 May 2023).
export const AIVD_BASIS = "AIVD-beschouwing van 23 februari 2023";

export const demoCountries = [
  { code: "CN", name: "China", nextReviewOn: "2027-02-23" },
  { code: "RU", name: "Rusland", nextReviewOn: "2027-02-23" },
  { code: "IR", name: "Iran", nextReviewOn: "2027-02-23" },
  // Overdue on purpose, so the demo shows how an overdue review stands out.
  { code: "KP", name: "Noord-Korea", nextReviewOn: "2026-09-01" },
].map((c) => ({ ...c, basis: AIVD_BASIS, listedOn: "2023-02-23" }));

// Identifiers seen in public sources; none checked in the App Store or Google Play yet.
export const PUBLIC_SOURCE = "Openbare bron, nog niet gecontroleerd in de app-winkel";

type DemoApp = {
  name: string;
  vendor: string;
  category: string;
  source: AppSource;
  measure?: Measure;
  ios?: string;
  android?: string;
  notes?: string;
};

const top = (name: string, vendor: string, category: string, ids: { ios?: string; android?: string } = {}): DemoApp => ({
  name, vendor, category, source: "vng_top", ...ids,
});
const other = (name: string, vendor: string, category: string, ids: { ios?: string; android?: string; notes?: string } = {}): DemoApp => ({
  name, vendor, category, source: "vng_other", ...ids,
});

const UNKNOWN_VENDOR = "Onbekend (genoemd in VNG-bijlage A)";

export const demoApps: DemoApp[] = [
  top("TikTok", "Bytedance", "Sociale media", { ios: "com.zhiliaoapp.musically", android: "com.zhiliaoapp.musically" }),
  top("Lemon8", "Bytedance", "Sociale media"),
  top("CapCut", "Bytedance", "Video bewerken", { android: "com.lemon.lvoverseas" }),
  top("Pinduoduo", "PDD Holdings", "Winkelen"),
  top("Temu", "PDD Holdings", "Winkelen", { android: "com.einnovation.temu" }),
  top("CamScanner", "Intsig Information", "Scannen"),
  top("Shein", "Roadget Business", "Winkelen"),
  top("TurboVPN", "Innovative Connecting", "VPN"),
  top("WeChat", "Tencent", "Berichten", { ios: "com.tencent.xin", android: "com.tencent.mm" }),
  top("UC Browser", "Alibaba Group", "Browser"),
  top("SHAREit", "SHAREit Technologies", "Bestanden delen"),
  other("LIKE", UNKNOWN_VENDOR, "Video"),
  other("CM Browser", "Cheetah Mobile", "Browser"),
  other("Xender", UNKNOWN_VENDOR, "Bestanden delen"),
  other("Viva Video", UNKNOWN_VENDOR, "Video bewerken"),
  other("Beauty Plus", UNKNOWN_VENDOR, "Foto"),
  other("Vault-Hide", UNKNOWN_VENDOR, "Beveiliging"),
  other("NewsDog", UNKNOWN_VENDOR, "Nieuws"),
  other("Virus Cleaner", UNKNOWN_VENDOR, "Beveiliging"),
  other("Vigo Video", "Bytedance", "Video"),
  other("Weibo", "Sina", "Sociale media"),
  other("Bigo Live", UNKNOWN_VENDOR, "Video"),
  other("UC News", "Alibaba Group", "Nieuws"),
  other("ClubFactory", UNKNOWN_VENDOR, "Winkelen"),
  other("Helo", "Bytedance", "Sociale media"),
  other("Kwai", "Kuaishou", "Video"),
  other("ROMWE", "Roadget Business", "Winkelen"),
  other("Photo Wonder", UNKNOWN_VENDOR, "Foto"),
  other("APUS Browser", UNKNOWN_VENDOR, "Browser"),
  other("Perfect Corp", UNKNOWN_VENDOR, "Foto", { notes: "In de bron genoemd als app; het is de naam van de maker van YouCam Makeup." }),
  other("Mi Community", "Xiaomi", "Sociale media"),
  other("DU recorder", "DU Apps Studio", "Hulpmiddel"),
  other("YouCam Makeup", UNKNOWN_VENDOR, "Foto"),
  other("Mi Store", "Xiaomi", "Winkelen"),
  other("360 Security", UNKNOWN_VENDOR, "Beveiliging"),
  other("DU Browser", "DU Apps Studio", "Browser"),
  other("DU Battery Saver", "DU Apps Studio", "Hulpmiddel"),
  other("DU Cleaner", "DU Apps Studio", "Hulpmiddel"),
  other("DU Privacy", "DU Apps Studio", "Beveiliging"),
  other("Clean Master", "Cheetah Mobile", "Hulpmiddel"),
  other("CacheClear", "DU Apps Studio", "Hulpmiddel"),
  other("Baidu Map", "Baidu", "Kaarten"),
  other("Baidu Translate", "Baidu", "Vertalen"),
  other("Wonder Camera", UNKNOWN_VENDOR, "Foto"),
  other("ES File Explorer", UNKNOWN_VENDOR, "Bestanden"),
  other("QQ International", "Tencent", "Berichten"),
  other("QQ Launcher", "Tencent", "Hulpmiddel"),
  other("QQ Player", "Tencent", "Video"),
  other("QQ Security Centre", "Tencent", "Beveiliging"),
  other("QQ Music", "Tencent", "Muziek"),
  other("QQ Mail", "Tencent", "E-mail"),
  other("QQ NewsFeed", "Tencent", "Nieuws"),
  other("WeSync", UNKNOWN_VENDOR, "Hulpmiddel"),
  other("SelfieCity", UNKNOWN_VENDOR, "Foto"),
  other("Parallel Space", UNKNOWN_VENDOR, "Hulpmiddel"),
  other("Mi Video call", "Xiaomi", "Berichten"),
  other("Mail Master", UNKNOWN_VENDOR, "E-mail"),
  other("Clash of Kings", UNKNOWN_VENDOR, "Spel"),
].map((app) => ({ ...app, measure: app.measure ?? ("banned" as Measure) }));
// TurboVPN and SHEIN also appear on the "overig" list; they are kept once, as top apps.
