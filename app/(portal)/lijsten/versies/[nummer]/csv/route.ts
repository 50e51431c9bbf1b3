import { getDb } from "@/db";
import { getVersionByNumber, getVersionSnapshot } from "@/db/queries/list-versions";
import { versionAppsCsv } from "@/lib/lists/app-csv";
import { guardedRoute } from "@/lib/auth/route-guard";

/** A published version's apps as a spreadsheet. The portal's copy: signed in with "lists.view". */
export const GET = guardedRoute<{ nummer: string }>({ name: "list.version.download", permission: "lists.view" }, async (_request, { params }) => {
  const { nummer } = params;
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
});

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
