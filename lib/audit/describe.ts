import type { AppSource, Measure, Role, RoleChangeKind, RoleChangeStatus } from "@/db/schema/enums";
import { requestKindLabels, requestStatusLabels } from "@/lib/users/request-labels";
import { measureLabels, roleLabels, sourceLabels } from "@/lib/labels";

// The before/after data of an audit row, as a CISO reads it: "veld: oud → nieuw" in Dutch.

const fieldLabels: Record<string, string> = {
  name: "naam",
  code: "landcode",
  basis: "grondslag",
  listedOn: "op de lijst sinds",
  nextReviewOn: "volgende beoordeling",
  delistedOn: "van de lijst gehaald op",
  delistReason: "reden van weghalen",
  countryId: "land (nummer)",
  vendorId: "leverancier (nummer)",
  category: "categorie",
  measure: "maatregel",
  source: "bron",
  sourceNote: "toelichting bij de bron",
  iosBundleId: "iOS-bundel-ID",
  iosIdSource: "herkomst iOS-bundel-ID",
  iosVerifiedById: "iOS-bundel-ID gecontroleerd door (nummer)",
  iosVerifiedAt: "iOS-bundel-ID gecontroleerd op",
  androidPackage: "Android-pakketnaam",
  androidIdSource: "herkomst Android-pakketnaam",
  androidVerifiedById: "Android-pakketnaam gecontroleerd door (nummer)",
  androidVerifiedAt: "Android-pakketnaam gecontroleerd op",
  notes: "opmerkingen",
  removedAt: "uit het concept gehaald op",
  removedReason: "reden van verwijderen",
  createdAt: "aangemaakt op",
  number: "versienummer",
  note: "toelichting",
  contentHash: "inhoudshash",
  changelog: "wijzigingen",
  email: "e-mailadres",
  roles: "rollen",
  active: "actief",
  reason: "reden",
  department: "afdeling",
  departmentId: "afdeling (nummer)",
  riskGroup: "risicogroep",
  contactEmail: "e-mailadres voor contact",
  contactPhone: "telefoonnummer",
  websiteUrl: "website",
  invitation: "activeringslink",
  invitationId: "activeringslink (nummer)",
  expiresAt: "geldig tot",
  passwordSet: "wachtwoord gekozen",
  endedSessions: "beëindigde sessies",
  requestId: "aanvraag (nummer)",
  kind: "soort aanvraag",
  status: "status van de aanvraag",
  requestedBy: "aangevraagd door",
  withdrawnInvitations: "ingetrokken activeringslinks",
  filters: "filters",
  rows: "aantal regels",
  until: "tot",
  count: "aantal",
  imported: "geïmporteerd",
};

// Technical bookkeeping that says nothing to a reader of the log.
const hiddenFields = new Set(["id", "updatedAt"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });

const filterLabels: Record<string, string> = { from: "van", to: "tot en met", actor: "wie", action: "handeling", objectType: "soort object", result: "resultaat" };

export function fieldLabel(field: string): string {
  return Object.hasOwn(fieldLabels, field) ? fieldLabels[field] : field;
}

/** One value in Dutch: labels for codes, Dutch dates, ja/nee, and a short summary for nested data. */
export function formatAuditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(leeg)";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number") return value.toLocaleString("nl-NL");
  if (typeof value === "string") {
    if (field === "measure" && Object.hasOwn(measureLabels, value)) return measureLabels[value as Measure];
    if (field === "source" && Object.hasOwn(sourceLabels, value)) return sourceLabels[value as AppSource];
    if (field === "kind" && Object.hasOwn(requestKindLabels, value)) return requestKindLabels[value as RoleChangeKind];
    if (field === "status" && Object.hasOwn(requestStatusLabels, value)) return requestStatusLabels[value as RoleChangeStatus];
    if (ISO_DATE.test(value)) return dateFormat.format(new Date(`${value}T12:00:00Z`));
    if (ISO_TIME.test(value)) return timeFormat.format(new Date(value));
    return value;
  }
  if (Array.isArray(value)) {
    if (field === "roles") return value.map((r) => (Object.hasOwn(roleLabels, r) ? roleLabels[r as Role] : String(r))).join(", ") || "(geen)";
    return value.map((item) => formatAuditValue("", item)).join(", ") || "(geen)";
  }
  if (field === "changelog") return describeChangelog(value as Changelog);
  return Object.entries(value as Record<string, unknown>)
    .filter(([key]) => !hiddenFields.has(key))
    .map(([key, v]) => `${field === "filters" ? (filterLabels[key] ?? key) : fieldLabel(key)} ${formatAuditValue(key, v)}`)
    .join(", ") || "(leeg)";
}

type Section = { added?: unknown[]; removed?: unknown[]; changed?: unknown[] };
type Changelog = { apps?: Section; countries?: Section };

function describeChangelog(changelog: Changelog): string {
  const part = (name: string, s: Section | undefined) =>
    `${name}: ${s?.added?.length ?? 0} toegevoegd, ${s?.removed?.length ?? 0} verwijderd, ${s?.changed?.length ?? 0} gewijzigd`;
  return `${part("apps", changelog.apps)}; ${part("landen", changelog.countries)}`;
}

export type AuditChange = { field: string; label: string; before?: string; after?: string };

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed: with before and after, only the fields that differ ("oud → nieuw"); with only one
 * of them, every field that has a value. Data that is not an object is shown as one line.
 */
export function describeAuditData(before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if ((before != null && !b) || (after != null && !a)) {
    return [{ field: "", label: "gegevens", before: before == null ? undefined : formatAuditValue("", before), after: after == null ? undefined : formatAuditValue("", after) }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((f) => !hiddenFields.has(f));
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const inBefore = b != null && Object.hasOwn(b, field);
    const inAfter = a != null && Object.hasOwn(a, field);
    if (b && a && inBefore && inAfter && same(b[field], a[field])) continue;
    if (!(b && a) && ((inAfter && a![field] == null) || (inBefore && b![field] == null))) continue;
    changes.push({
      field,
      label: fieldLabel(field),
      before: inBefore ? formatAuditValue(field, b![field]) : undefined,
      after: inAfter ? formatAuditValue(field, a![field]) : undefined,
    });
  }
  return changes;
}

/** One line per change, for the CSV: "maatregel: Verboden … → Ontraden …". */
export function auditChangesText(before: unknown, after: unknown): string {
  return describeAuditData(before, after)
    .map((c) =>
      c.before !== undefined && c.after !== undefined
        ? `${c.label}: ${c.before} → ${c.after}`
        : `${c.label}: ${c.after ?? `${c.before} (vervallen)`}`,
    )
    .join("\n");
}
