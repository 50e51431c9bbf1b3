import { isAndroidPackage, isIosBundleId } from "@/lib/lists/identifiers";
import { z } from "@/lib/zod-nl";
import type { MdmPlatform } from "./entries";

export const MAX_ALLOWED_APPS = 500;
// The list travels in the address of a GET request (a download link): an address much longer than this
// is refused by the web server before the portal can explain anything. 8,000 characters hold about 300 ids.
export const MAX_ALLOWLIST_CHARS = 8000;
const MAX_NAMED = 5;

const SYNTAX: Record<MdmPlatform, { valid: (v: string) => boolean; what: string; example: string }> = {
  ios: { valid: isIosBundleId, what: "iOS-bundel-ID", example: "com.apple.mobilesafari" },
  android: { valid: isAndroidPackage, what: "Android-pakketnaam", example: "com.microsoft.teams" },
};

// Typed text is echoed in the message: shortened, and with invisible control characters made visible.
const shown = (value: string) => {
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, "?");
  return visible.length > 60 ? `${visible.slice(0, 60)}…` : visible;
};
const named = (values: string[]) =>
  values.slice(0, MAX_NAMED).map(shown).join(", ") + (values.length > MAX_NAMED ? ` en nog ${values.length - MAX_NAMED}` : "");

/** The typed text as ids: one per line (commas, semicolons and spaces also separate), each once, in typed order. */
export const splitAllowlist = (text: string) => [...new Set(text.split(/[\s,;]+/).filter((v) => v !== ""))];

/**
 * The allowlist the CISO typed, checked: the syntax of each id, at most 500, and none that the list
 * version forbids (`listed`: the version's ids for this platform). The messages name the ids at fault.
 */
export function allowlistSchema(platform: MdmPlatform, listed: ReadonlySet<string>) {
  const { valid, what, example } = SYNTAX[platform];
  return z
    .string({ error: "Vul minstens één app in." })
    .max(MAX_ALLOWLIST_CHARS, `De lijst is te lang: gebruik hoogstens ${MAX_ALLOWLIST_CHARS.toLocaleString("nl-NL")} tekens. Maak twee profielen als u meer apps wilt toestaan.`)
    .transform(splitAllowlist)
    .superRefine((ids, ctx) => {
      if (ids.length === 0) return void ctx.addIssue({ code: "custom", message: "Vul minstens één app in, één per regel." });
      if (ids.length > MAX_ALLOWED_APPS) return void ctx.addIssue({ code: "custom", message: `U heeft ${ids.length} apps ingevuld. Het maximum is ${MAX_ALLOWED_APPS}.` });
      const invalid = ids.filter((id) => !valid(id));
      if (invalid.length > 0) {
        ctx.addIssue({ code: "custom", message: `Dit is geen geldige ${what}: ${named(invalid)}. Een ${what} bestaat uit delen met punten ertussen, zoals ${example}.` });
      }
      const forbidden = ids.filter((id) => listed.has(id));
      if (forbidden.length > 0) {
        ctx.addIssue({ code: "custom", message: `Deze apps staan op de lijst en mogen dus niet worden toegestaan: ${named(forbidden)}. Haal ze weg.` });
      }
    });
}

export type AllowlistResult = { ok: true; ids: string[] } | { ok: false; messages: string[] };

export function parseAllowlist(platform: MdmPlatform, listed: ReadonlySet<string>, text: unknown): AllowlistResult {
  const parsed = allowlistSchema(platform, listed).safeParse(text);
  return parsed.success ? { ok: true, ids: parsed.data } : { ok: false, messages: parsed.error.issues.map((i) => i.message) };
}
