import { getDb } from "@/db";
import { getPublishedVersionSummary, type VersionSummary } from "@/db/queries/open-data";
import type { InvalidParam } from "./problem";
import { badRequest, notFound } from "./respond";

// Query and path parameters of the open-data API. A wrong value is answered with 400 and a Dutch
// explanation rather than silently ignored, so a typo in a value does not look like an empty result;
// every wrong parameter is named at once (/core/error-handling/all-errors).

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };
type Check<T> = { ok: true; value: T } | { ok: false; code: string; reason: string };
type Parser<T> = (value: string | null, request: Request) => Check<T>;

const VERSION_NUMBER = /^[1-9][0-9]*$/;
// list_version.number is a PostgreSQL integer: a larger number is valid but cannot exist.
const LARGEST_VERSION_NUMBER = 2_147_483_647;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;
const SEARCH_MAX = 100;
// NUL cannot be stored or compared in PostgreSQL text; other control characters are never meant.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
const invalid = (code: string, reason: string) => ({ ok: false, code, reason }) as const;

/** A version number as digits; the lookup decides whether it exists. */
const versionNumber = (name: string): Parser<string | undefined> => (value) => {
  if (value === null) return { ok: true, value: undefined };
  if (VERSION_NUMBER.test(value)) return { ok: true, value };
  return invalid("integer", `De parameter ${name} moet een positief geheel getal zijn, zoals 1. Ontvangen: ${shown(value)}.`);
};

export const countryCode: Parser<string | undefined> = (value) => {
  if (value === null) return { ok: true, value: undefined };
  if (COUNTRY_CODE.test(value)) return { ok: true, value: value.toUpperCase() };
  return invalid("pattern", `De parameter land moet een landcode van twee letters zijn (ISO 3166-1 alpha-2), zoals CN. Ontvangen: ${shown(value)}.`);
};

export const search: Parser<string | undefined> = (value) => {
  if (value === null || value.trim() === "") return { ok: true, value: undefined };
  if (value.length <= SEARCH_MAX) return { ok: true, value: value.trim() };
  return invalid("maxLength", `De parameter zoek mag hoogstens ${SEARCH_MAX} tekens lang zijn.`);
};

export const format: Parser<"json" | "csv"> = (value, request) => {
  if (value === null) return { ok: true, value: request.headers.get("Accept")?.includes("text/csv") ? "csv" : "json" };
  if (value === "json" || value === "csv") return { ok: true, value };
  return invalid("enum", `De parameter formaat moet json of csv zijn. Ontvangen: ${shown(value)}.`);
};

export const lijstversie = versionNumber("lijstversie");

type Values<P> = { [K in keyof P]: P[K] extends Parser<infer T> ? T : never };

/**
 * Checks the parameters a route knows and reports every problem at once. Unknown parameters are ignored,
 * as they always were: refusing them now would break clients within API version 1 (/core/semver).
 */
export function parseQuery<P extends Record<string, Parser<unknown>>>(request: Request, parsers: P): Parsed<Values<P>> {
  const query = new URL(request.url).searchParams;
  const problems: InvalidParam[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, parse] of Object.entries(parsers)) {
    const value = query.get(name);
    const result = value !== null && CONTROL_CHARACTER.test(value)
      ? invalid("invalidCharacters", `De parameter ${name} bevat een onzichtbaar stuurteken (zoals een nulbyte). Laat dat weg.`)
      : parse(value, request);
    if (result.ok) values[name] = result.value;
    else problems.push({ name, code: result.code, reason: result.reason });
  }
  return problems.length ? { ok: false, response: badRequest(problems, request) } : { ok: true, value: values as Values<P> };
}

/** The version with this number (digits from parseQuery), or the latest published one; 404 when there is none. */
export async function resolveVersion(request: Request, number: string | undefined): Promise<Parsed<VersionSummary>> {
  if (number === undefined) {
    const latest = await getPublishedVersionSummary(getDb());
    return latest ? { ok: true, value: latest } : { ok: false, response: notFound("Er is nog geen lijstversie gepubliceerd.", request) };
  }
  return lookUpVersion(number, request);
}

/** The version named in the path. */
export async function findVersion(value: string, request: Request, name: string): Promise<Parsed<VersionSummary>> {
  const parsed = CONTROL_CHARACTER.test(value)
    ? invalid("invalidCharacters", `De ${name} bevat een onzichtbaar stuurteken (zoals een nulbyte). Laat dat weg.`)
    : versionNumber(name)(value, request);
  if (!parsed.ok) return { ok: false, response: badRequest([{ name, code: parsed.code, reason: parsed.reason }], request) };
  return lookUpVersion(value, request);
}

async function lookUpVersion(digits: string, request: Request): Promise<Parsed<VersionSummary>> {
  const number = Number(digits);
  const version = number <= LARGEST_VERSION_NUMBER ? await getPublishedVersionSummary(getDb(), number) : null;
  return version ? { ok: true, value: version } : { ok: false, response: notFound(`Lijstversie ${digits} bestaat niet.`, request) };
}
