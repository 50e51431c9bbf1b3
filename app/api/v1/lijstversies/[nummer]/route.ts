import { toApiVersionDetail } from "@/lib/api/representation";
import { findVersion } from "@/lib/api/query-params";
import { apiJson, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ nummer: string }> }) {
  const version = await findVersion((await params).nummer, request, "nummer");
  if (!version.ok) return version.response;
  return apiJson(toApiVersionDetail(version.value, request));
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
