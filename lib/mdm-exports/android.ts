import { platformEntries, type ExportVersion } from "./entries";

/**
 * A policy for the Android Management API (`enterprises.policies.patch`): every listed app with
 * installType BLOCKED, so it cannot be installed and is removed where it is. Only `applications` is set;
 * send it with `updateMask=applications`, after adding the apps your policy already has.
 */
export function androidBlockPolicy(version: ExportVersion) {
  return {
    applications: platformEntries(version.apps, "android").included.map((e) => ({ packageName: e.identifier, installType: "BLOCKED" as const })),
  };
}

/**
 * The allowlist mode: the managed Play store shows only the listed apps (playStoreMode WHITELIST), and
 * apps that are not in the policy are removed from the device.
 */
export function androidAllowPolicy(allowed: readonly string[], installType: "AVAILABLE" | "FORCE_INSTALLED" = "AVAILABLE") {
  return {
    playStoreMode: "WHITELIST" as const,
    applications: allowed.map((packageName) => ({ packageName, installType })),
  };
}
