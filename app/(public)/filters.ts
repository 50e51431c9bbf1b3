import { textParam, type SearchParams } from "@/lib/params";

export type PublicFilters = { search?: string; country?: string; page: number };

/** Apps per page of the public list: the page stays light (well under 60 KB of HTML) at any length of the list. */
export const PUBLIC_PAGE_SIZE = 10;
const LAST_PAGE = 10_000;

/** The public list's search box, country choice and page; a country code that is not two letters is ignored, a bad page number is page 1. */
export function parsePublicFilters(params: SearchParams): PublicFilters {
  const country = textParam(params.land)?.toUpperCase();
  const pageText = textParam(params.pagina, 6);
  const page = pageText && /^\d+$/.test(pageText) ? Number(pageText) : 1;
  return {
    search: textParam(params.zoek, 100),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    page: page >= 1 && page <= LAST_PAGE ? page : 1,
  };
}

/** The address of a page of the list with the same search, to the apps section. */
export function publicListHref({ search, country }: Omit<PublicFilters, "page">, page: number) {
  const query = new URLSearchParams();
  if (search) query.set("zoek", search);
  if (country) query.set("land", country);
  if (page > 1) query.set("pagina", String(page));
  const text = query.toString();
  return `/${text ? `?${text}` : ""}#apps`;
}
