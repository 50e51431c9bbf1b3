import { getDb } from "@/db";
import { getVersionSnapshot } from "@/db/queries/list-versions";
import { toApiCountry } from "@/lib/api/representation";
import { lijstversie, parseQuery, resolveVersion } from "@/lib/api/query-params";
import { apiJson, link, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request, { lijstversie });
  if (!query.ok) return query.response;
  const version = await resolveVersion(request, query.value.lijstversie);
  if (!version.ok) return version.response;
  const { countries } = await getVersionSnapshot(getDb(), version.value.id);
  const n = version.value.number;
  return apiJson({
    lijstversie: n,
    _links: { self: link(request, `/landen?lijstversie=${n}`), lijstversie: link(request, `/lijstversies/${n}`) },
    landen: countries.map(toApiCountry),
  });
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
