import type { z } from "zod";

// C0 control characters other than tab and line breaks, DEL, and halves of a broken surrogate pair.
// PostgreSQL refuses NUL in text outright ("invalid byte sequence"); the others are never typed on
// purpose and only make trouble later (in a CSV cell, a log line or a search).
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const CONTROL_CHAR_MESSAGE = "Hier staat een onzichtbaar stuurteken in (zoals een nul-teken) dat niet kan worden opgeslagen. Wij hebben het weggehaald: controleer de tekst en verstuur opnieuw.";

export function hasControlChars(value: string): boolean {
  return value.search(CONTROL_CHARS) !== -1;
}

export function withoutControlChars(value: string): string {
  return value.replace(CONTROL_CHARS, "");
}

/**
 * FormData → plain object; repeated keys become arrays, empty files are dropped, and control
 * characters are removed from every text value, so nothing downstream has to remember them.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [rawKey, entry] of formData.entries()) {
    if (rawKey.startsWith("$ACTION")) continue;
    if (typeof entry !== "string" && entry.size === 0) continue;
    const key = withoutControlChars(rawKey);
    const value = typeof entry === "string" ? withoutControlChars(entry) : entry;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** The fields whose text holds a control character, each with the Dutch explanation. */
export function controlCharFieldErrors(formData: FormData): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [key, entry] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof entry !== "string") continue;
    if (hasControlChars(entry)) errors[withoutControlChars(key) || "form"] = [CONTROL_CHAR_MESSAGE];
  }
  return errors;
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
