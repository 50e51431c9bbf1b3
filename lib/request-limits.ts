// The largest request body a server action accepts (next.config.ts serverActions.bodySizeLimit). An app
// import is at most 300 kB; this leaves room, and refuses a mistaken 20 MB file before Next reads it.
export const ACTION_BODY_LIMIT_MB = 5;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** Shown for a form post over the limit; the error page recognises it and shows it as it is. */
export const TOO_LARGE_MESSAGE = `Wat u verstuurde is te groot (meer dan ${ACTION_BODY_LIMIT_MB} MB) en is niet verwerkt. Kies een kleiner bestand: een CSV-bestand met apps mag hoogstens 300 kB zijn.`;

/** Whether a request declares a body larger than the limit (browsers always send Content-Length for a form). */
export function isTooLarge(headers: Headers): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES;
}
