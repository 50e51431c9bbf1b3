import { getDb } from "@/db";
import { getVersionByNumber, getVersionSnapshot } from "@/db/queries/list-versions";
import { versionAppsCsv } from "@/lib/lists/app-csv";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";

/** A published version's apps as a spreadsheet. The portal's copy: signed in with "lists.view". */
export async function GET(_request: Request, { params }: { params: Promise<{ nummer: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return plain(401, "U bent niet ingelogd.");
  if (!can(viewer.roles, "lists.view")) return plain(403, "U heeft geen toestemming voor dit bestand.");

  const { nummer } = await params;
  if (!/^[1-9][0-9]{0,8}$/.test(nummer)) return plain(404, "Deze lijstversie bestaat niet.");
  const db = getDb();
  const version = await getVersionByNumber(db, Number(nummer));
  if (!version) return plain(404, "Deze lijstversie bestaat niet.");

  const { apps } = await getVersionSnapshot(db, version.id);
  return new Response(versionAppsCsv(apps), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="applijst-versie-${version.number}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
