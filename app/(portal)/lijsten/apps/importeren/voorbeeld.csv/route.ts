import { appCsvTemplate } from "@/lib/lists/app-csv";
import { guardedRoute } from "@/lib/auth/route-guard";

// Part of the import flow, so the same permission as the import itself.
export const GET = guardedRoute({ name: "app.import.template", permission: "lists.edit" }, async () => {
  return new Response(appCsvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="voorbeeld-apps-importeren.csv"',
      "Cache-Control": "private, no-store",
    },
  });
});
