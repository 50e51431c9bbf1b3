import type { Metadata } from "next";
import { can, type Permission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";

/**
 * The title of a detail page: the record's name, or that it was not found, so neither the tab nor a
 * screen reader says just "App". Someone without the permission gets the general title: the page itself
 * refuses them and logs the attempt, the title must not tell them more first.
 */
export async function recordTitle(permission: Permission, titles: { general: string; notFound: string }, name: () => Promise<string | null | undefined>): Promise<Metadata> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer.roles, permission)) return { title: titles.general };
  return { title: (await name()) ?? titles.notFound };
}
