import { getDb } from "@/db";
import { listPublishedDecisions } from "@/db/queries/council-open-data";
import { pageWindow, pagina, paginaGrootte, pagingOf } from "@/lib/api/council-params";
import { toApiDecision } from "@/lib/api/council-representation";
import { parseQuery } from "@/lib/api/query-params";
import { apiJson, preflight } from "@/lib/api/respond";
import { todayIso } from "@/lib/dates";

export const dynamic = "force-dynamic";

/** The published collegebesluiten with their milestones and progress, newest decision first, a page at a time. */
export async function GET(request: Request) {
  const query = parseQuery(request, { pagina, paginaGrootte });
  if (!query.ok) return query.response;
  const { pagina: page, paginaGrootte: size } = query.value;
  const { total, items } = await listPublishedDecisions(getDb(), pageWindow(page, size));
  const today = todayIso();
  return apiJson({
    ...pagingOf(request, "/besluiten", page, size, total),
    besluiten: items.map((decision) => toApiDecision(decision, request, today)),
  });
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
