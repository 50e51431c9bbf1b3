import type { Db, Tx } from "@/db/client";
import { getLatestVersion, getVersionSnapshot } from "@/db/queries/list-versions";

export type RequestableApp = { appId: number; name: string };

/**
 * The apps one can ask an exemption for: those on the current published list. The draft does not
 * count: an app the CISO is still adding is not yet something anyone must remove.
 */
export async function listRequestableApps(db: Db | Tx): Promise<RequestableApp[]> {
  const latest = await getLatestVersion(db);
  if (!latest) return [];
  const { apps } = await getVersionSnapshot(db, latest.id);
  return apps.map((a) => ({ appId: a.appId, name: a.name }));
}
