import { getDb } from "@/db";
import { listPublishedVersionSummaries } from "@/db/queries/open-data";
import { toApiVersion } from "@/lib/api/representation";
import { apiJson, link, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const versions = await listPublishedVersionSummaries(getDb());
  return apiJson({
    _links: { self: link(request, "/lijstversies"), actueel: link(request, "/lijstversies/actueel") },
    lijstversies: versions.map((version) => toApiVersion(version, request)),
  });
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
