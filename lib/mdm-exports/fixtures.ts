import type { AppRow } from "@/db/schema/list-types";
import type { ExportVersion } from "./entries";

// Test data for the export builders: a few apps as a published version holds them.
let nextId = 1;
export function listedApp(name: string, ids: { ios?: string; android?: string } = {}, extra: Partial<AppRow> = {}): AppRow {
  return {
    appId: nextId++,
    name,
    vendorName: "Bytedance",
    countryCode: "CN",
    countryName: "China",
    category: "Sociale media",
    measure: "banned",
    source: "vng_top",
    iosBundleId: ids.ios ?? null,
    iosVerified: false,
    androidPackage: ids.android ?? null,
    androidVerified: false,
    ...extra,
  };
}

export const demoVersion = (apps: AppRow[] = [
  listedApp("TikTok", { ios: "com.zhiliaoapp.musically", android: "com.zhiliaoapp.musically" }, { iosVerified: true }),
  listedApp("WeChat", { ios: "com.tencent.xin", android: "com.tencent.mm" }, { vendorName: "Tencent" }),
  listedApp("Temu", { android: "com.einnovation.temu" }, { vendorName: "PDD Holdings" }),
  listedApp("Lemon8"),
]): ExportVersion => ({ number: 3, contentHash: "a".repeat(64), apps });
