// The largest request body a server action accepts (next.config.ts serverActions.bodySizeLimit). An app
// import is at most 300 kB; a PDF attachment to a collegebesluit at most 10 MB (lib/uploads/pdf.ts), which
// with the form's other fields needs a little more than 10 MB. A mistaken 20 MB file is still refused before Next reads it.
export const ACTION_BODY_LIMIT_MB = 11;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** Shown for a form post over the limit; the error page recognises it and shows it as it is. */
export const TOO_LARGE_MESSAGE = `Wat u verstuurde is te groot (meer dan ${ACTION_BODY_LIMIT_MB} MB) en is niet verwerkt. Kies een kleiner bestand: een CSV-bestand met apps mag hoogstens 300 kB zijn, een PDF-bijlage bij een besluit hoogstens 10 MB.`;

/** Whether a request declares a body larger than the limit (browsers always send Content-Length for a form). */
export function isTooLarge(headers: Headers): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES;
}
