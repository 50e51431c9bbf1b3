import { withoutControlChars } from "@/lib/form-data";

// Query parameters and route segments are user input: these parsers never throw and never hand the
// database a value it would refuse (a NUL byte, an id beyond the integer range), so a bad address
// gives an empty result or the 404 page instead of a crash.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The largest value of a PostgreSQL integer (serial) column. */
export const MAX_RECORD_ID = 2_147_483_647;

/** The first value of a parameter, trimmed, without control characters and cut to `max` characters; undefined when empty. */
export function textParam(value: string | string[] | null | undefined, max = 100): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return undefined;
  return withoutControlChars(first).trim().slice(0, max).trim() || undefined;
}

/** A record id from an address ("12"): a whole number from 1 to the integer limit, otherwise null. */
export function parseRecordId(value: string | string[] | null | undefined): number | null {
  const text = textParam(value, 20);
  if (!text || !/^[1-9][0-9]{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_RECORD_ID ? id : null;
}
