import { toApiVersionDetail } from "@/lib/api/representation";
import { resolveVersion } from "@/lib/api/query-params";
import { apiJson, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const version = await resolveVersion(request, undefined);
  if (!version.ok) return version.response;
  return apiJson(toApiVersionDetail(version.value, request));
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
