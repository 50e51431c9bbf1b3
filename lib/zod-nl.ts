import { z } from "zod";
import { isRealIsoDate } from "@/lib/dates";
import { MAX_RECORD_ID } from "@/lib/params";

// Plain-language (B1) Dutch messages for every schema; specific schemas may still give their own.
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === "" ? "Vul dit veld in." : "Deze waarde klopt niet.";
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Vul dit veld in." : `Gebruik minstens ${issue.minimum} tekens.`;
        if (issue.origin === "array") return "Kies minstens één mogelijkheid.";
        return `De waarde moet minstens ${issue.minimum} zijn.`;
      case "too_big":
        if (issue.origin === "string") return `Gebruik hoogstens ${issue.maximum} tekens.`;
        return `De waarde mag hoogstens ${issue.maximum} zijn.`;
      case "invalid_format":
        if (issue.format === "email") return "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.";
        if (issue.format === "date") return "Vul een geldige datum in.";
        if (issue.format === "url") return "Vul een geldig webadres in, zoals https://www.voorbeeld.nl.";
        return "De vorm van deze waarde klopt niet.";
      case "invalid_value":
        return "Kies een van de mogelijkheden.";
      default:
        return "Deze waarde klopt niet.";
    }
  },
});

export { z };

/** A text field that may stay empty: trimmed, and stored as null rather than "". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/** The id of a record in a form (hidden field or select): a whole number within the column's range. */
export const recordId = (message = "Deze waarde klopt niet.") =>
  z.coerce.number({ message }).int(message).positive(message).max(MAX_RECORD_ID, message);

/** A calendar date as yyyy-mm-dd that exists (no 30 February). */
export const isoDate = (message = "Vul een bestaande datum in, zoals 2026-03-01.") =>
  z.string().trim().refine(isRealIsoDate, message);
