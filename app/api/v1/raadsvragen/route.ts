import { getDb } from "@/db";
import { listPublishedCouncilQuestions } from "@/db/queries/council-open-data";
import { pageWindow, pagina, paginaGrootte, pagingOf } from "@/lib/api/council-params";
import { toApiCouncilQuestion } from "@/lib/api/council-representation";
import { parseQuery } from "@/lib/api/query-params";
import { apiJson, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** The answered raadsvragen, newest first, a page at a time. */
export async function GET(request: Request) {
  const query = parseQuery(request, { pagina, paginaGrootte });
  if (!query.ok) return query.response;
  const { pagina: page, paginaGrootte: size } = query.value;
  const { total, items } = await listPublishedCouncilQuestions(getDb(), pageWindow(page, size));
  return apiJson({
    ...pagingOf(request, "/raadsvragen", page, size, total),
    raadsvragen: items.map((question) => toApiCouncilQuestion(question, request)),
  });
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
