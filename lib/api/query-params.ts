import { getDb } from "@/db";
import { getPublishedVersionSummary, type VersionSummary } from "@/db/queries/open-data";
import { badRequest, notFound } from "./respond";

// Query parameters of the open-data API. A wrong value is answered with 400 and a Dutch explanation
// rather than silently ignored, so a typo in a client does not look like an empty result.

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

const VERSION_NUMBER = /^[1-9][0-9]{0,8}$/;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;
const SEARCH_MAX = 100;

function parseVersionNumber(value: string, request: Request, name: string): Parsed<number> {
  if (VERSION_NUMBER.test(value)) return { ok: true, value: Number(value) };
  return { ok: false, response: badRequest(`De parameter ${name} moet een positief geheel getal zijn, zoals 1. Ontvangen: "${value}".`, request) };
}

export function parseCountryCode(value: string | null, request: Request): Parsed<string | undefined> {
  if (value === null) return { ok: true, value: undefined };
  if (COUNTRY_CODE.test(value)) return { ok: true, value: value.toUpperCase() };
  return { ok: false, response: badRequest(`De parameter land moet een landcode van twee letters zijn (ISO 3166-1 alpha-2), zoals CN. Ontvangen: "${value}".`, request) };
}

export function parseSearch(value: string | null, request: Request): Parsed<string | undefined> {
  if (value === null || value.trim() === "") return { ok: true, value: undefined };
  if (value.length <= SEARCH_MAX) return { ok: true, value: value.trim() };
  return { ok: false, response: badRequest(`De parameter zoek mag hoogstens ${SEARCH_MAX} tekens lang zijn.`, request) };
}

export function parseFormat(request: Request): Parsed<"json" | "csv"> {
  const value = new URL(request.url).searchParams.get("formaat");
  if (value === null) return { ok: true, value: request.headers.get("Accept")?.includes("text/csv") ? "csv" : "json" };
  if (value === "json" || value === "csv") return { ok: true, value };
  return { ok: false, response: badRequest(`De parameter formaat moet json of csv zijn. Ontvangen: "${value}".`, request) };
}

/** The version named by ?lijstversie=, or the latest published one; 404 when there is none. */
export async function resolveVersion(request: Request): Promise<Parsed<VersionSummary>> {
  const param = new URL(request.url).searchParams.get("lijstversie");
  if (param === null) {
    const latest = await getPublishedVersionSummary(getDb());
    return latest ? { ok: true, value: latest } : { ok: false, response: notFound("Er is nog geen lijstversie gepubliceerd.", request) };
  }
  return findVersion(param, request, "lijstversie");
}

export async function findVersion(value: string, request: Request, name: string): Promise<Parsed<VersionSummary>> {
  const parsed = parseVersionNumber(value, request, name);
  if (!parsed.ok) return parsed;
  const version = await getPublishedVersionSummary(getDb(), parsed.value);
  return version ? { ok: true, value: version } : { ok: false, response: notFound(`Lijstversie ${parsed.value} bestaat niet.`, request) };
}
