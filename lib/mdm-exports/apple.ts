import { build } from "plist";
import { platformEntries, type ExportVersion } from "./entries";
import { stableUuid } from "./stable-uuid";

// One identifier per kind of profile, the same for every list version: a device that gets the profile of a
// newer version replaces the old one instead of holding both. The UUID changes with the content.
const IDENTIFIER = { block: "nl.gemeente.app-portaal.apps-blokkeren", allow: "nl.gemeente.app-portaal.apps-toestaan" } as const;

export type AppleProfileInput = { version: ExportVersion; organisation: string };

export const APPLE_CONTENT_TYPE = "application/x-apple-aspen-config";

function profile(kind: keyof typeof IDENTIFIER, seed: string, texts: { name: string; description: string; organisation: string }, restrictions: Record<string, string[]>) {
  const identifier = IDENTIFIER[kind];
  return build({
    PayloadType: "Configuration",
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: stableUuid(`${identifier}:${seed}`),
    PayloadDisplayName: texts.name,
    PayloadDescription: texts.description,
    PayloadOrganization: texts.organisation,
    PayloadContent: [
      {
        PayloadType: "com.apple.applicationaccess",
        PayloadVersion: 1,
        PayloadIdentifier: `${identifier}.beperkingen`,
        PayloadUUID: stableUuid(`${identifier}.beperkingen:${seed}`),
        PayloadDisplayName: `Beperkingen: ${texts.name}`,
        ...restrictions,
      },
    ],
  });
}

/**
 * A configuration profile that blocks the list's iOS apps (`blockedAppBundleIDs`, for supervised devices).
 * Built from the version's content hash, so the same version always gives the same file.
 */
export function appleBlockProfile({ version, organisation }: AppleProfileInput): string {
  const bundleIds = platformEntries(version.apps, "ios").included.map((e) => e.identifier);
  return profile(
    "block",
    version.contentHash,
    {
      name: `Verboden apps blokkeren (lijstversie ${version.number})`,
      description: `Blokkeert de apps van lijstversie ${version.number} van de lijst met apps uit landen met een offensief cyberprogramma. Alleen op apparaten onder toezicht (supervised).`,
      organisation,
    },
    { blockedAppBundleIDs: bundleIds },
  );
}

/**
 * The end state the kamerbrief names: only the apps the CISO allows can be seen and opened
 * (`allowListedAppBundleIDs`). The list version is part of the seed, so the file names what it was checked against.
 */
export function appleAllowProfile({ version, organisation }: AppleProfileInput, allowed: readonly string[]): string {
  return profile(
    "allow",
    `${version.contentHash}:${allowed.join(",")}`,
    {
      name: `Alleen toegestane apps (gecontroleerd tegen lijstversie ${version.number})`,
      description: "Alleen de apps in dit profiel zijn te zien en te openen. Alle andere apps, ook apps van Apple die er niet in staan, zijn geblokkeerd. Alleen op apparaten onder toezicht (supervised).",
      organisation,
    },
    { allowListedAppBundleIDs: [...allowed] },
  );
}
