import { getDb } from "@/db";
import { listMdmExclusions } from "@/db/queries/exemptions";
import { exclusionGroups } from "@/lib/mdm-exports/exclusions";
import type { ExportVersion } from "@/lib/mdm-exports/entries";

/** The exclusion groups of a version as they hold today: approved exemptions whose end date has not passed. */
export async function versionExclusionGroups(version: ExportVersion, today: string) {
  return exclusionGroups(version, await listMdmExclusions(getDb(), today));
}
