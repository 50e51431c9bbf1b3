import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getImport, type ImportView } from "@/db/queries/inventory-imports";
import type { InventoryImportStatus } from "@/db/schema/enums";
import { DataListItem } from "@/components/data-list-item";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { parseRecordId } from "@/lib/params";

export const metadata: Metadata = { title: "Import van de inventaris" };
export const dynamic = "force-dynamic";

const statusLabels: Record<InventoryImportStatus, string> = { running: "Bezig", completed: "Geïmporteerd", failed: "Geweigerd" };
const formatLabels = { intune: "Intune-export (AppInvRawData)", generic: "Algemeen formaat" } as const;
const number = (n: number | null) => (n ?? 0).toLocaleString("nl-NL");
const countOf = (n: number | null, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`);

type Props = { params: Promise<{ id: string }> };

export default async function ImportPage({ params }: Props) {
  await requirePermission("devices.manage");
  const id = parseRecordId((await params).id);
  const row = id ? await getImport(getDb(), id) : null;
  if (!row) notFound();
  return (
    <>
      <PageHeader title={`Import van ${row.fileName}`} crumbLabel="Import" crumbs={[{ href: "/apparaten", label: "Apparaten" }]} />
      <Outcome row={row} />
      <dl className="utrecht-data-list mb-8 max-w-3xl">
        <DataListItem label="Status">{statusLabels[row.status]}</DataListItem>
        <DataListItem label="Bestand">{row.fileName} ({size(row.byteSize)})</DataListItem>
        <DataListItem label="Formaat">{formatLabels[row.format]}</DataListItem>
        <DataListItem label="SHA-256"><code className="break-all">{row.fileSha256 ?? "niet berekend (het bestand is niet helemaal gelezen)"}</code></DataListItem>
        <DataListItem label="Gestart door">{row.startedByName}, {formatDateTime(row.startedAt)}</DataListItem>
        {row.finishedAt ? <DataListItem label="Klaar">{formatDateTime(row.finishedAt)}</DataListItem> : null}
        {row.status === "completed" ? (
          <>
            <DataListItem label="Regels">{number(row.rowCount)}</DataListItem>
            <DataListItem label="Apparaten">{number(row.deviceCount)}{row.managedDeviceTotal ? ` van ${number(row.managedDeviceTotal)} beheerde apparaten` : ""}</DataListItem>
            <DataListItem label="Apps van de lijst gevonden">{number(row.matchCount)}</DataListItem>
            <DataListItem label="Overtredingen">{number(row.violationCount)} op {number(row.violatingDeviceCount)} apparaten</DataListItem>
            <DataListItem label="Met uitzondering">{number(row.exemptedCount)}</DataListItem>
            <DataListItem label="Eigenaar onbekend">{number(row.unknownCount)}</DataListItem>
            <DataListItem label="Vergeleken met">{row.listVersionNumber ? `Lijst versie ${row.listVersionNumber}` : "—"}</DataListItem>
          </>
        ) : null}
      </dl>
      <p className="utrecht-paragraph"><Link className="utrecht-link" href="/apparaten">Terug naar Apparaten</Link></p>
    </>
  );
}

function Outcome({ row }: { row: ImportView }) {
  if (row.status === "running") {
    return (
      <div className="utrecht-alert utrecht-alert--info mb-8 max-w-3xl">
        <p className="utrecht-paragraph">Deze import loopt nog: {number(row.rowsRead)} regels gelezen. Laad de pagina opnieuw om de voortgang te zien.</p>
      </div>
    );
  }
  if (row.status === "completed") {
    return (
      <div className="utrecht-alert utrecht-alert--ok mb-8 max-w-3xl">
        <p className="utrecht-paragraph">De inventaris is geïmporteerd: {countOf(row.deviceCount, "apparaat", "apparaten")}, {countOf(row.violationCount, "overtreding", "overtredingen")}. <Link className="utrecht-link" href="/apparaten">Bekijk het overzicht</Link>.</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="problemen" className="utrecht-alert utrecht-alert--error mb-8 max-w-3xl">
      {/* One child: the alert lays its children out side by side. */}
      <div className="flex flex-col gap-3">
        <h2 id="problemen" className="utrecht-heading-2">Het bestand is geweigerd</h2>
        <p className="utrecht-paragraph">Er is niets van dit bestand bewaard; de vorige inventaris blijft gelden. Verbeter het bestand en <Link className="utrecht-link" href="/apparaten/importeren">importeer het opnieuw</Link>.</p>
        <ul className="utrecht-unordered-list">
          {(row.problems ?? []).map((p, i) => (
            <li key={i} className="utrecht-unordered-list__item">{p.message}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
