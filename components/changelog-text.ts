import type { FieldChange } from "@/lib/lists/diff";
import { formatDate } from "@/lib/dates";
import { measureLabels, sourceLabels } from "@/lib/labels";

const fieldLabels: Record<string, string> = {
  name: "naam", vendorName: "leverancier", countryCode: "land", category: "categorie", measure: "maatregel", source: "bron",
  iosBundleId: "iOS-bundel-ID", iosVerified: "iOS gecontroleerd", androidPackage: "Android-pakketnaam", androidVerified: "Android gecontroleerd",
  code: "landcode", basis: "grondslag", listedOn: "op de lijst sinds", nextReviewOn: "volgende beoordeling",
};

const dateFields = new Set(["listedOn", "nextReviewOn"]);

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "leeg";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (field === "measure") return measureLabels[value as keyof typeof measureLabels] ?? String(value);
  if (field === "source") return sourceLabels[value as keyof typeof sourceLabels] ?? String(value);
  if (dateFields.has(field) && typeof value === "string") return formatDate(value);
  return String(value);
}

/** One changed field as a reader sees it: "volgende beoordeling: 23 februari 2027 → 1 september 2027". */
export function describeChange(change: FieldChange): string {
  return `${fieldLabels[change.field] ?? change.field}: ${show(change.field, change.before)} → ${show(change.field, change.after)}`;
}
