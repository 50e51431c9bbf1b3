import { getDb } from "@/db";
import { getPublishedCouncilQuestion } from "@/db/queries/council-open-data";
import { pathId } from "@/lib/api/council-params";
import { toApiCouncilQuestion } from "@/lib/api/council-representation";
import { apiJson, notFound, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  // One text for "never existed" and "not answered yet": the API does not reveal that a draft exists.
  const missing = `Er is geen beantwoorde raadsvraag met id ${raw}.`;
  const id = pathId(raw, request, missing);
  if (!id.ok) return id.response;
  const question = await getPublishedCouncilQuestion(getDb(), id.value);
  return question ? apiJson(toApiCouncilQuestion(question, request)) : notFound(missing, request);
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
