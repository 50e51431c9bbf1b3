import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getVersionByNumber, getVersionSnapshot, versionContentHash } from "@/db/queries/list-versions";
import { getOrganisation } from "@/db/queries/organisation";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import type { AuditAction } from "@/lib/audit/labels";
import { guardedRoute } from "@/lib/auth/route-guard";
import type { ExportVersion } from "@/lib/mdm-exports/entries";
import { versionNumberFrom } from "./version-number";

export type ExportFile = { body: string; fileName: string; contentType: string; details: Record<string, unknown> };
type ExportContext = { request: NextRequest; version: ExportVersion; organisation: string; exportPage: string };
/** A file to download, or an answer instead of one (such as a refused allowlist sent back to the page). */
type Build = (ctx: ExportContext) => ExportFile | Response | Promise<ExportFile | Response>;

const notFound = () =>
  new Response("Deze lijstversie bestaat niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * One MDM file of a published list version. Like every download: the session and "lists.view" are checked
 * here (a refusal is logged as denied), an unknown or malformed version number is a 404, the file name is
 * chosen by the server, and the download is written to the audit log with its own action code.
 */
export function mdmExportRoute(action: Extract<AuditAction, `list.version.export.${string}`>, build: Build) {
  return guardedRoute<{ nummer: string }>({ name: action, permission: "lists.view" }, async (request, { viewer, ip, params }) => {
    const number = versionNumberFrom(params.nummer);
    const db = getDb();
    const row = number ? await getVersionByNumber(db, number) : null;
    if (!row) return notFound();
    const [snapshot, organisation] = await Promise.all([getVersionSnapshot(db, row.id), getOrganisation()]);
    const version: ExportVersion = { number: row.number, contentHash: row.contentHash ?? versionContentHash(snapshot), apps: snapshot.apps };
    const file = await build({ request, version, organisation: organisation.name, exportPage: `/lijsten/versies/${row.number}/mdm` });
    if (file instanceof Response) return file;
    await writeStandaloneAudit(db, {
      actorId: viewer.id,
      actorLabel: viewer.name,
      action,
      objectType: "list_version",
      objectId: row.number,
      result: "success",
      ip,
      after: { number: row.number, file: file.fileName, ...file.details },
    });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}

export const JSON_TYPE = "application/json; charset=utf-8";
