import Link from "next/link";
import { DataListItem } from "@/components/data-list-item";
import { formatDateTime } from "@/lib/dates";
import { coverage } from "@/lib/inventory/coverage";

export type CurrentImport = {
  id: number; format: "intune" | "generic"; fileName: string; rowCount: number | null; deviceCount: number | null;
  listVersionNumber: number | null; startedByName: string; finishedAt: Date | null;
};

const count = (n: number | null) => (n == null ? "–" : n.toLocaleString("nl-NL"));

/** "695 van 700 beheerde apparaten (99%)", or why coverage cannot be stated yet. */
function coverageValue(deviceCount: number, managedTotal: number | null): string {
  const percent = coverage(deviceCount, managedTotal);
  if (percent === null) return "onbekend: het aantal beheerde apparaten is nog niet vastgelegd. Leg het hieronder vast; tot dan zegt het portaal niet welk deel van de apparaten de inventaris dekt.";
  if (percent > 100) return `onbekend: de inventaris noemt ${count(deviceCount)} apparaten, meer dan de ${count(managedTotal)} beheerde apparaten. Leg het juiste aantal hieronder vast.`;
  return `${count(deviceCount)} van ${count(managedTotal)} beheerde apparaten (${percent}%).`;
}

/** "Dekking: 695 van 700 beheerde apparaten (99%)." or "Dekking onbekend: …". */
export function coverageSummary(deviceCount: number, managedTotal: number | null): string {
  const value = coverageValue(deviceCount, managedTotal);
  return value.startsWith("onbekend") ? `Dekking ${value}` : `Dekking: ${value}`;
}

const formatLabels: Record<CurrentImport["format"], string> = { intune: "Intune-export AppInvRawData", generic: "eenvoudig CSV-formaat" };

/** Where the figures come from: which file, when, by whom, matched against which list version, and what it covers. */
export function CurrentImportFacts({ current, managedTotal }: { current: CurrentImport; managedTotal: number | null }) {
  const value = coverageValue(current.deviceCount ?? 0, managedTotal);
  return (
    <section aria-labelledby="huidige" className="mb-10 flex flex-col gap-3">
      <h2 id="huidige" className="utrecht-heading-2">Huidige inventaris</h2>
      <dl className="utrecht-data-list max-w-3xl">
        <DataListItem label="Ingelezen op">{formatDateTime(current.finishedAt)}</DataListItem>
        <DataListItem label="Bestand"><span className="break-all">{current.fileName}</span> ({formatLabels[current.format]})</DataListItem>
        <DataListItem label="Ingelezen door">{current.startedByName}</DataListItem>
        <DataListItem label="Vergeleken met">{current.listVersionNumber ? `Lijstversie ${current.listVersionNumber}` : "Geen gepubliceerde lijstversie"}</DataListItem>
        <DataListItem label="Regels en apparaten">{`${count(current.rowCount)} regels, ${count(current.deviceCount)} apparaten`}</DataListItem>
        <DataListItem label="Dekking">{value.charAt(0).toUpperCase() + value.slice(1)}</DataListItem>
      </dl>
      <p className="utrecht-paragraph"><Link className="utrecht-link" href={`/apparaten/importen/${current.id}`}>Details van deze import</Link></p>
    </section>
  );
}
