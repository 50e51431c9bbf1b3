import { textParam, type SearchParams } from "@/lib/params";

export type PublicFilters = { search?: string; country?: string };

/** The public list's search box and country choice; a country code that is not two letters is ignored. */
export function parsePublicFilters(params: SearchParams): PublicFilters {
  const country = textParam(params.land)?.toUpperCase();
  return { search: textParam(params.zoek, 100), country: country && /^[A-Z]{2}$/.test(country) ? country : undefined };
}
