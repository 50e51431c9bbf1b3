// The rows of a published list version and the changelog stored with it. Types only: the tables store them
// (list_version.changelog) and the queries return them; lib/lists/diff.ts computes the changelog.

export type AppRow = {
  appId: number;
  name: string;
  vendorName: string;
  countryCode: string;
  countryName: string;
  category: string;
  measure: "banned" | "discouraged";
  source: "vng_top" | "vng_other" | "own_finding";
  iosBundleId: string | null;
  iosVerified: boolean;
  androidPackage: string | null;
  androidVerified: boolean;
};

export type CountryRow = {
  countryId: number;
  code: string;
  name: string;
  basis: string;
  listedOn: string;
  nextReviewOn: string;
};

export type FieldChange = { field: string; before: unknown; after: unknown };
export type ChangedItem = { id: number; label: string; changes: FieldChange[] };
export type ItemRef = { id: number; label: string };

export type SectionDiff = { added: ItemRef[]; removed: ItemRef[]; changed: ChangedItem[] };
export type ListChangelog = { apps: SectionDiff; countries: SectionDiff };
