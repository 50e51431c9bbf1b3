import type { Db } from "@/db/client";
import { countAuditRows, selectAuditEvents, selectAuditFilterOptions, type AuditQuery } from "@/db/queries/audit";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/db/schema/enums";
import { amsterdamDayEnd, amsterdamDayStart, type AuditFilters } from "./filters";

export type { AuditEventRow } from "@/db/queries/audit";

type AuditReader = { roles: readonly Role[] };

// The page and the export check the permission too; this keeps a forgotten check from leaking the log.
function assertCanView(viewer: AuditReader) {
  if (!can(viewer.roles, "audit.view")) throw new Error("audit.view is required to read the audit log");
}

/** The page's filters as a query: the dates are whole days in Amsterdam, both ends inclusive. */
export function toAuditQuery({ from, to, ...rest }: AuditFilters): AuditQuery {
  return { ...rest, since: from ? amsterdamDayStart(from) : undefined, until: to ? amsterdamDayEnd(to) : undefined };
}

/** Newest first. */
export async function listAuditEvents(db: Db, viewer: AuditReader, filters: AuditFilters, page: { limit: number; offset?: number }) {
  assertCanView(viewer);
  return selectAuditEvents(db, toAuditQuery(filters), page);
}

export async function countAuditEvents(db: Db, viewer: AuditReader, filters: AuditFilters): Promise<number> {
  assertCanView(viewer);
  return countAuditRows(db, toAuditQuery(filters));
}

/** The values that occur, for the filter selects. */
export async function listAuditFilterOptions(db: Db, viewer: AuditReader) {
  assertCanView(viewer);
  return selectAuditFilterOptions(db);
}
