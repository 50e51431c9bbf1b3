import { appSources, measures } from "@/db/schema/enums";
import { appSorts, type AppFilters } from "@/db/queries/lists";
import { z } from "@/lib/zod-nl";

const id = z.coerce.number().int().positive().optional().catch(undefined);

// Query parameters are user input too: anything unknown is ignored rather than trusted.
const filtersSchema = z.object({
  zoek: z.string().trim().max(100).optional().catch(undefined),
  land: id,
  leverancier: id,
  maatregel: z.enum(measures).optional().catch(undefined),
  bron: z.enum(appSources).optional().catch(undefined),
  sorteer: z.enum(appSorts).optional().catch(undefined),
});

export type AppSearchParams = Record<string, string | string[] | undefined>;

export function parseAppFilters(params: AppSearchParams): AppFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = filtersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)])));
  return { search: parsed.zoek, countryId: parsed.land, vendorId: parsed.leverancier, measure: parsed.maatregel, source: parsed.bron, sort: parsed.sorteer };
}
