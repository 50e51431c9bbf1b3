import "server-only";
import type { Db } from "@/db/client";
import { listCurrentListApps } from "@/db/queries/channels";
import { listDepartmentOptions } from "@/db/queries/departments";

/**
 * The choices of the channel form: active departments and the apps of the list in force. An entry
 * being edited keeps its own department or app in the choices, marked, if that has gone since.
 */
export async function channelFormChoices(db: Db, current?: { departmentId: number | null; appId: number | null; appName: string | null }) {
  const [departments, listed] = await Promise.all([listDepartmentOptions(db, current?.departmentId), listCurrentListApps(db)]);
  const apps = listed.map((a) => ({ value: String(a.id), label: a.name }));
  if (current?.appId && !listed.some((a) => a.id === current.appId)) {
    apps.unshift({ value: String(current.appId), label: `${current.appName ?? "App"} (staat niet meer op de lijst)` });
  }
  return { departments, apps };
}
