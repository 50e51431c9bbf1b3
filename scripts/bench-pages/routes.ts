import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type Route = { pattern: string; kind: "pagina" | "route"; open: boolean };

/** Every page and every route handler with a GET under app/, as URL patterns: groups dropped, [segments] kept. */
export function discoverRoutes(appDir: string): Route[] {
  const found: Route[] = [];
  // Open to everyone: the public site, the sign-in pages and the open-data API; the rest asks for a session.
  const walk = (dir: string, parts: string[], open = false) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name.startsWith("_") || name.startsWith("@")) continue;
        const group = /^\(.*\)$/.test(name);
        walk(full, group ? parts : [...parts, name], open || name === "(public)" || name === "(auth)" || (parts[0] === "api" && name === "v1"));
      } else if (name === "page.tsx") {
        found.push({ pattern: `/${parts.join("/")}`, kind: "pagina", open });
      } else if (name === "route.ts" && /export (const|async function) GET\b|export \{[^}]*\bGET\b/.test(readFileSync(full, "utf8"))) {
        found.push({ pattern: `/${parts.join("/")}`, kind: "route", open });
      }
    }
  };
  walk(appDir, []);
  return found;
}

// Not measured: sign-in plumbing, an upload (POST), and the export of the whole audit log (a million rows is a
// download, not a page). BENCH_SKIP (a regular expression) adds to these.
const SKIP = /^\/api\/auth\/|^\/apparaten\/importeren\/bestand$|^\/auditlog\/export$|^\/api\/v1\/\[\.\.\.pad\]$|^\/activeren\//;

// A real value for each [segment], by the folder before it: the newest or first record of its table.
const LOOKUPS: Record<string, string> = {
  "apparaten/importen/[id]": "select max(id)::text as v from inventory_import",
  "beheer/berichten/[id]": "select max(id)::text as v from outbox_message",
  "beheer/gebruikers/[id]": "select id::text as v from app_user where email = 'medewerker@voorbeeld.nl'",
  "beheer/goedkeuringen/[id]": "select max(id)::text as v from role_change_request",
  "beheer/organisatie/afdelingen/[id]": "select min(id)::text as v from department",
  "beleid/[id]": "select max(id)::text as v from policy_version where published_at is not null",
  "besluiten/[id]": "select min(id)::text as v from council_decision",
  "kanalen/[id]": "select min(id)::text as v from communication_channel",
  "lijsten/apps/[id]": "select min(id)::text as v from app",
  "lijsten/landen/[id]": "select min(id)::text as v from country",
  "lijsten/leveranciers/[id]": "select min(id)::text as v from vendor",
  "lijsten/versies/[nummer]": "select max(number)::text as v from list_version",
  "api/v1/lijstversies/[nummer]": "select max(number)::text as v from list_version",
  "memos/[id]": "select min(id)::text as v from memo",
  "raadsvragen/[id]": "select min(id)::text as v from council_question",
  "raadsvragen-openbaar/[id]": "select min(id)::text as v from council_question",
  "uitzonderingen/[id]": "select min(id)::text as v from exemption",
  "kennisnemen/[id]": "select min(id)::text as v from policy_acknowledgement where user_id = (select id from app_user where email = 'medewerker@voorbeeld.nl')",
};

/** The routes as concrete paths; the ones whose segments have no lookup (or an empty table) are listed apart. */
export async function resolveRoutes(db: Db, routes: Route[], skip = process.env.BENCH_SKIP) {
  const extra = skip ? new RegExp(skip) : null;
  const resolved: (Route & { path: string })[] = [];
  const unresolved: string[] = [];
  const cache = new Map<string, string | null>();
  for (const route of routes) {
    if (SKIP.test(route.pattern) || extra?.test(route.pattern)) continue;
    let result = "";
    let ok = true;
    for (const part of route.pattern.split("/").slice(1)) {
      if (part.startsWith("[")) {
        const key = `${result.slice(1)}/${part}`;
        if (!cache.has(key)) {
          const query = LOOKUPS[key];
          const rows = query ? ((await db.execute(sql.raw(query))) as unknown as { rows?: { v: string | null }[] }) : null;
          const list = rows ? (rows.rows ?? (rows as unknown as { v: string | null }[])) : [];
          cache.set(key, list[0]?.v ?? null);
        }
        const value = cache.get(key);
        if (!value) { ok = false; break; }
        result += `/${value}`;
      } else {
        result += `/${part}`;
      }
    }
    if (ok) resolved.push({ ...route, path: result || "/" });
    else unresolved.push(route.pattern);
  }
  return { resolved, unresolved };
}
