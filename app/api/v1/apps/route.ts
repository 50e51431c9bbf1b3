import { getDb } from "@/db";
import { listVersionAppsFiltered } from "@/db/queries/open-data";
import { appsCsv } from "@/lib/api/apps-csv";
import { toApiApp } from "@/lib/api/representation";
import { parseCountryCode, parseFormat, parseSearch, resolveVersion } from "@/lib/api/query-params";
import { apiCsv, apiJson, link, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const country = parseCountryCode(query.get("land"), request);
  if (!country.ok) return country.response;
  const search = parseSearch(query.get("zoek"), request);
  if (!search.ok) return search.response;
  const format = parseFormat(request);
  if (!format.ok) return format.response;
  const version = await resolveVersion(request);
  if (!version.ok) return version.response;

  const n = version.value.number;
  const rows = await listVersionAppsFiltered(getDb(), version.value.id, { countryCode: country.value, search: search.value });
  // The representation depends on Accept as well as the query, so caches must key on it.
  if (format.value === "csv") return withVaryAccept(apiCsv(appsCsv(rows), `apps-lijstversie-${n}.csv`));

  const self = new URLSearchParams({ lijstversie: String(n) });
  if (country.value) self.set("land", country.value);
  if (search.value) self.set("zoek", search.value);
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
