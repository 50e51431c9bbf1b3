import { getDb } from "@/db";
import { listVersionAppsFiltered } from "@/db/queries/open-data";
import { appsCsv } from "@/lib/api/apps-csv";
import { toApiApp } from "@/lib/api/representation";
import { countryCode, format, lijstversie, parseQuery, resolveVersion, search } from "@/lib/api/query-params";
import { apiCsv, apiJson, link, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request, { lijstversie, land: countryCode, zoek: search, formaat: format });
  if (!query.ok) return query.response;
  const version = await resolveVersion(request, query.value.lijstversie);
  if (!version.ok) return version.response;

  const { land, zoek, formaat } = query.value;
  const n = version.value.number;
  const rows = await listVersionAppsFiltered(getDb(), version.value.id, { countryCode: land, search: zoek });
  // The representation depends on Accept as well as the query, so caches must key on it.
  if (formaat === "csv") return withVaryAccept(apiCsv(appsCsv(rows), `apps-lijstversie-${n}.csv`));

  const self = new URLSearchParams({ lijstversie: String(n) });
  if (land) self.set("land", land);
  if (zoek) self.set("zoek", zoek);
  return withVaryAccept(apiJson({
    lijstversie: n,
    aantal: rows.length,
    _links: { self: link(request, `/apps?${self}`), lijstversie: link(request, `/lijstversies/${n}`) },
    apps: rows.map(toApiApp),
  }));
}

function withVaryAccept<T extends Response>(response: T): T {
  response.headers.append("Vary", "Accept");
  return response;
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
