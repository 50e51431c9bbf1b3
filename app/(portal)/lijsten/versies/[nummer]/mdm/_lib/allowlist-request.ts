import type { NextRequest } from "next/server";
import { parseAllowlist, MAX_ALLOWLIST_CHARS } from "@/lib/mdm-exports/allowlist";
import type { ExportVersion, MdmPlatform } from "@/lib/mdm-exports/entries";

/** The textarea's name on the export page and the query parameter of the download. */
export const ALLOWLIST_PARAM = "apps";
export const INSTALL_PARAM = "installatie";
/** Which form a refused list goes back to: the page shows its messages there, with the typed text kept. */
export const RETURN_PARAM = "toestaan";
export const allowlistForms = { ios: "apple", android: "android" } as const satisfies Record<MdmPlatform, string>;

/** The ids the list version forbids on this platform: none of them may be allowed. */
export const listedIdentifiers = (version: ExportVersion, platform: MdmPlatform) =>
  new Set(version.apps.map((a) => (platform === "ios" ? a.iosBundleId : a.androidPackage)).filter((id): id is string => id !== null));

/**
 * The allowlist from the download address, checked as the page checks it. A refused list is sent back to the
 * export page (303, nothing downloaded, nothing logged), which shows the messages next to the text as typed.
 */
export function readAllowlist(request: NextRequest, version: ExportVersion, platform: MdmPlatform, exportPage: string): string[] | Response {
  const params = request.nextUrl.searchParams;
  const text = params.get(ALLOWLIST_PARAM) ?? "";
  const result = parseAllowlist(platform, listedIdentifiers(version, platform), text);
  if (result.ok) return result.ids;
  const back = new URLSearchParams({ [RETURN_PARAM]: allowlistForms[platform], [ALLOWLIST_PARAM]: text.slice(0, MAX_ALLOWLIST_CHARS + 1) });
  const install = params.get(INSTALL_PARAM);
  if (install) back.set(INSTALL_PARAM, install.slice(0, 20));
  return new Response(null, { status: 303, headers: { Location: `${exportPage}?${back}#toestaan-${allowlistForms[platform]}`, "Cache-Control": "no-store" } });
}
