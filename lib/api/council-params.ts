import { badRequest, link, notFound } from "./respond";

// Paging and path ids of the council collections (/raadsvragen, /besluiten). They follow the list API's
// parameters: digits only, a Dutch reason per wrong value, every wrong parameter named at once (parseQuery).

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };
type Check<T> = { ok: true; value: T } | { ok: false; code: string; reason: string };

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 2_147_483_647;
const POSITIVE_INTEGER = /^[1-9][0-9]*$/;
// The ids are PostgreSQL integers (serial): a larger number is valid input that cannot exist.
const LARGEST_ID = 2_147_483_647;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

export const pagina = (value: string | null): Check<number> => {
  if (value === null) return { ok: true, value: 1 };
  if (!POSITIVE_INTEGER.test(value)) {
    return { ok: false, code: "integer", reason: `De parameter pagina moet een positief geheel getal zijn, zoals 1. Ontvangen: ${shown(value)}.` };
  }
  // A bound keeps the number exact in the links it is echoed in.
  if (value.length > 10 || Number(value) > MAX_PAGE) return { ok: false, code: "maximum", reason: `De parameter pagina mag hoogstens ${MAX_PAGE} zijn.` };
  return { ok: true, value: Number(value) };
};

export const paginaGrootte = (value: string | null): Check<number> => {
  if (value === null) return { ok: true, value: DEFAULT_PAGE_SIZE };
  if (!POSITIVE_INTEGER.test(value)) {
    return { ok: false, code: "integer", reason: `De parameter paginaGrootte moet een positief geheel getal zijn, zoals ${DEFAULT_PAGE_SIZE}. Ontvangen: ${shown(value)}.` };
  }
  if (value.length > 3 || Number(value) > MAX_PAGE_SIZE) {
    return { ok: false, code: "maximum", reason: `De parameter paginaGrootte mag hoogstens ${MAX_PAGE_SIZE} zijn. Ontvangen: ${shown(value)}.` };
  }
  return { ok: true, value: Number(value) };
};

/** Where a page starts; a page far beyond the end needs no query at all (the caller compares with the total). */
export const pageWindow = (page: number, size: number) => ({ offset: (page - 1) * size, limit: size });

/**
 * The paging part of a collection's body: the total, where this page is, and links to the first, previous,
 * next and last page (IANA link relations, as `self`). A page past the end is empty, not an error.
 */
export function pagingOf(request: Request, path: string, page: number, size: number, total: number) {
  const lastPage = Math.max(1, Math.ceil(total / size));
  const href = (n: number) => {
    const query = new URLSearchParams({ pagina: String(n) });
    if (size !== DEFAULT_PAGE_SIZE) query.set("paginaGrootte", String(size));
    return link(request, `${path}?${query}`);
  };
  return {
    aantal: total,
    pagina: page,
    paginaGrootte: size,
    aantalPaginas: lastPage,
    _links: {
      self: href(page),
      first: href(1),
      ...(page > 1 ? { prev: href(Math.min(page - 1, lastPage)) } : {}),
      ...(page < lastPage ? { next: href(page + 1) } : {}),
      last: href(lastPage),
    },
  };
}

/** The id in a path: 400 for anything but a positive integer, 404 (with the caller's text) when it cannot exist. */
export function pathId(value: string, request: Request, notFoundDetail: string): Parsed<number> {
  const problem = CONTROL_CHARACTER.test(value)
    ? { code: "invalidCharacters", reason: "De id bevat een onzichtbaar stuurteken (zoals een nulbyte). Laat dat weg." }
    : POSITIVE_INTEGER.test(value) ? null : { code: "integer", reason: `De id moet een positief geheel getal zijn, zoals 1. Ontvangen: ${shown(value)}.` };
  if (problem) return { ok: false, response: badRequest([{ name: "id", ...problem }], request) };
  const id = Number(value);
  return id <= LARGEST_ID ? { ok: true, value: id } : { ok: false, response: notFound(notFoundDetail, request) };
}
