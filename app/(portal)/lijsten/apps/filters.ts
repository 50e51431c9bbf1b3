import { appSources, measures } from "@/db/schema/enums";
import { appSorts, type AppFilters } from "@/db/queries/lists";
import { parseRecordId, textParam, type SearchParams } from "@/lib/params";

export type AppSearchParams = SearchParams;

const oneOf = <T extends string>(options: readonly T[], value: string | undefined): T | undefined =>
  options.includes(value as T) ? (value as T) : undefined;

// Query parameters are user input too: anything unknown or out of range is ignored rather than trusted.
export function parseAppFilters(params: AppSearchParams): AppFilters {
  return {
    search: textParam(params.zoek, 100),
    countryId: parseRecordId(params.land) ?? undefined,
    vendorId: parseRecordId(params.leverancier) ?? undefined,
    measure: oneOf(measures, textParam(params.maatregel)),
    source: oneOf(appSources, textParam(params.bron)),
    sort: oneOf(appSorts, textParam(params.sorteer)),
  };
}
