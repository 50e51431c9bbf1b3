import type { AppRow } from "@/db/schema/list-types";

export type MdmPlatform = "ios" | "android";

/** One app as an MDM knows it: by the identifier of one platform. */
export type MdmEntry = { appId: number; name: string; publisher: string; identifier: string; verified: boolean; storeUrl: string | null };

/** A published list version as the exports need it: its number, its content hash and its apps. */
export type ExportVersion = { number: number; contentHash: string; apps: AppRow[] };

export type PlatformEntries = { included: MdmEntry[]; leftOut: { appId: number; name: string }[] };

// The portal knows an app's Android package name, which is its Google Play address. For iOS the App Store
// address needs Apple's numeric app id, which the list does not hold: no address rather than a guessed one.
const storeUrl = (platform: MdmPlatform, identifier: string) =>
  platform === "android" ? `https://play.google.com/store/apps/details?id=${encodeURIComponent(identifier)}` : null;

/**
 * The apps of a version that an MDM of this platform can act on, and the apps it cannot (no identifier):
 * those must be named on the export page, or the CISO would think the whole list is enforced.
 * Both measures are in: on a device the municipality manages, no app of the list belongs.
 */
export function platformEntries(apps: readonly AppRow[], platform: MdmPlatform): PlatformEntries {
  const included: MdmEntry[] = [];
  const leftOut: PlatformEntries["leftOut"] = [];
  const seen = new Set<string>();
  for (const app of [...apps].sort((a, b) => a.name.localeCompare(b.name, "nl") || a.appId - b.appId)) {
    const identifier = platform === "ios" ? app.iosBundleId : app.androidPackage;
    if (!identifier) {
      leftOut.push({ appId: app.appId, name: app.name });
      continue;
    }
    // Two list entries may share an identifier (a regional variant); an MDM wants each one once.
    if (seen.has(identifier)) continue;
    seen.add(identifier);
    included.push({
      appId: app.appId,
      name: app.name,
      publisher: app.vendorName,
      identifier,
      verified: platform === "ios" ? app.iosVerified : app.androidVerified,
      storeUrl: storeUrl(platform, identifier),
    });
  }
  return { included, leftOut };
}

export const platformLabels: Record<MdmPlatform, string> = { ios: "iOS", android: "Android" };

/** JSON as a file to download: indented for reading, ending in a line break. */
export const asJsonFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
