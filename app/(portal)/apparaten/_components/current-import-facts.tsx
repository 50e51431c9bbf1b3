import Link from "next/link";
import { DataListItem } from "@/components/data-list-item";
import { formatDateTime } from "@/lib/dates";
import { coverage } from "@/lib/inventory/coverage";

export type CurrentImport = {
  id: number; format: "intune" | "generic"; fileName: string; rowCount: number | null; deviceCount: number | null;
  listVersionNumber: number | null; startedByName: string; finishedAt: Date | null;
};

const count = (n: number | null) => (n == null ? "–" : n.toLocaleString("nl-NL"));

/** "Dekking: 695 van 700 beheerde apparaten (99%)", or why coverage cannot be stated yet. */
export function coverageSummary(deviceCount: number, managedTotal: number | null): string {
  const percent = coverage(deviceCount, managedTotal);
  if (percent === null) return "Dekking onbekend: het aantal beheerde apparaten is nog niet vastgelegd. Leg het hieronder vast; tot dan zegt het portaal niet welk deel van de apparaten de inventaris dekt.";
  if (percent > 100) return `Dekking onbekend: de inventaris noemt ${count(deviceCount)} apparaten, meer dan de ${count(managedTotal)} beheerde apparaten. Leg het juiste aantal hieronder vast.`;
  return `Dekking: ${count(deviceCount)} van ${count(managedTotal)} beheerde apparaten (${percent}%).`;
}

const formatLabels: Record<CurrentImport["format"], string> = { intune: "Intune (AppInvRawData)", generic: "Eenvoudig CSV-formaat" };

/** Where the figures come from: which file, when, by whom, matched against which list version, and what it covers. */
export function CurrentImportFacts({ current, coverage }: { current: CurrentImport; coverage: string }) {
  return (
    <section aria-labelledby="huidige" className="mb-10 flex flex-col gap-3">
      <h2 id="huidige" className="utrecht-heading-2">Huidige inventaris</h2>
      <dl className="utrecht-data-list max-w-3xl">
        <DataListItem label="Ingelezen op">{formatDateTime(current.finishedAt)}</DataListItem>
        <DataListItem label="Bestand"><span className="break-all">{current.fileName}</span> ({formatLabels[current.format]})</DataListItem>
        <DataListItem label="Ingelezen door">{current.startedByName}</DataListItem>
        <DataListItem label="Vergeleken met">{current.listVersionNumber ? `Lijstversie ${current.listVersionNumber}` : "Geen gepubliceerde lijstversie"}</DataListItem>
        <DataListItem label="Regels en apparaten">{`${count(current.rowCount)} regels, ${count(current.deviceCount)} apparaten`}</DataListItem>
        <DataListItem label="Dekking">{coverage}</DataListItem>
      </dl>
      <p className="utrecht-paragraph"><Link className="utrecht-link" href={`/apparaten/importen/${current.id}`}>Details van deze import</Link></p>
    </section>
  );
}
