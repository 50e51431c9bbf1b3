import { appCsvTemplate } from "@/lib/lists/app-csv";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";

// Part of the import flow, so the same permission as the import itself.
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return plain(401, "U bent niet ingelogd.");
  if (!can(viewer.roles, "lists.edit")) return plain(403, "U heeft geen toestemming voor dit bestand.");
  return new Response(appCsvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="voorbeeld-apps-importeren.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
