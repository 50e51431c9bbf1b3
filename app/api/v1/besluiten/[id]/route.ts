import { getDb } from "@/db";
import { getPublishedDecision } from "@/db/queries/council-open-data";
import { pathId } from "@/lib/api/council-params";
import { toApiDecision } from "@/lib/api/council-representation";
import { apiJson, notFound, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  // One text for "never existed" and "still a draft": the API does not reveal that a draft exists.
  const missing = `Er is geen gepubliceerd collegebesluit met id ${raw}.`;
  const id = pathId(raw, request, missing);
  if (!id.ok) return id.response;
  const decision = await getPublishedDecision(getDb(), id.value);
  return decision ? apiJson(toApiDecision(decision, request)) : notFound(missing, request);
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
