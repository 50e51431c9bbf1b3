import type { AppSource, Measure } from "@/db/schema/enums";
import type { VersionSummary } from "@/db/queries/open-data";
import { measureLabels } from "@/lib/labels";
import type { AppRow, CountryRow, ListChangelog, SectionDiff } from "@/lib/lists/diff";
import { link } from "./respond";

// How the published lists look to the outside: Dutch camelCase properties and Dutch enum values
// (NL API Design Rules), independent of the English names in the database.

export const apiMeasures: Record<Measure, string> = { banned: "verboden", discouraged: "ontraden" };
export const apiSources: Record<AppSource, string> = { vng_top: "vng-top", vng_other: "vng-overig", own_finding: "eigen-bevinding" };

const apiFieldNames: Record<string, string> = {
  name: "naam",
  vendorName: "leverancier",
  countryCode: "landcode",
  category: "categorie",
  measure: "maatregel",
  source: "bron",
  iosBundleId: "iosBundelId",
  iosVerified: "iosGeverifieerd",
  androidPackage: "androidPakketnaam",
  androidVerified: "androidGeverifieerd",
  code: "landcode",
  basis: "grondslag",
  listedOn: "opgenomenOp",
  nextReviewOn: "volgendeHerbeoordelingOp",
};

export function toApiApp(row: AppRow) {
  return {
    id: row.appId,
    naam: row.name,
    leverancier: row.vendorName,
    landcode: row.countryCode,
    land: row.countryName,
    categorie: row.category,
    maatregel: apiMeasures[row.measure],
    maatregelOmschrijving: measureLabels[row.measure],
    bron: apiSources[row.source],
    iosBundelId: row.iosBundleId,
    iosGeverifieerd: row.iosVerified,
    androidPakketnaam: row.androidPackage,
    androidGeverifieerd: row.androidVerified,
  };
}

export function toApiCountry(row: CountryRow) {
  return {
    landcode: row.code,
    naam: row.name,
    grondslag: row.basis,
    opgenomenOp: row.listedOn,
    volgendeHerbeoordelingOp: row.nextReviewOn,
  };
}

export function toApiVersion(version: VersionSummary, request: Request) {
  const n = version.number;
  return {
    nummer: n,
    gepubliceerdOp: version.publishedAt.toISOString(),
    toelichting: version.note,
    aantalApps: version.appCount,
    aantalLanden: version.countryCount,
    inhoudHash: version.contentHash,
    auditketenHash: version.auditHash,
    _links: {
      self: link(request, `/lijstversies/${n}`),
      apps: link(request, `/apps?lijstversie=${n}`),
      landen: link(request, `/landen?lijstversie=${n}`),
    },
  };
}

function apiValue(field: string, value: unknown) {
  if (field === "measure" && typeof value === "string") return apiMeasures[value as Measure] ?? value;
  if (field === "source" && typeof value === "string") return apiSources[value as AppSource] ?? value;
  return value;
}

function toApiSection(section: SectionDiff) {
  return {
    toegevoegd: section.added.map(({ id, label }) => ({ id, omschrijving: label })),
    verwijderd: section.removed.map(({ id, label }) => ({ id, omschrijving: label })),
    gewijzigd: section.changed.map(({ id, label, changes }) => ({
      id,
      omschrijving: label,
      wijzigingen: changes.map(({ field, before, after }) => ({
        veld: apiFieldNames[field] ?? field,
        oud: apiValue(field, before),
        nieuw: apiValue(field, after),
      })),
    })),
  };
}

export function toApiChangelog(changelog: ListChangelog) {
  return { apps: toApiSection(changelog.apps), landen: toApiSection(changelog.countries) };
}

export function toApiVersionDetail(version: VersionSummary, request: Request) {
  return { ...toApiVersion(version, request), wijzigingen: toApiChangelog(version.changelog) };
}
