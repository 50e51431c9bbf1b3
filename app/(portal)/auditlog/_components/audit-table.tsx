import { Fragment } from "react";
import type { AuditEventRow } from "@/lib/audit/read";
import type { AuditResult } from "@/db/schema/enums";
import { describeAuditData } from "@/lib/audit/describe";
import { auditActionLabel, auditObjectLabel } from "@/lib/audit/labels";
import { auditResultLabels } from "@/lib/labels";

// Seconds matter when reconstructing what happened; the log is read in Dutch local time.
const timeFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

const badgeClass: Record<AuditResult, string> = {
  success: "utrecht-status-badge--safe",
  denied: "utrecht-status-badge--warning",
  failure: "utrecht-status-badge--danger",
};

const columns = ["Nr.", "Tijd", "Wie", "Handeling", "Object", "Resultaat", "IP-adres"];

export function AuditTable({ rows }: { rows: AuditEventRow[] }) {
  return (
    <div className="portal-table-wrap">
      <table className="utrecht-table utrecht-table--html-table w-full">
        <caption className="utrecht-table__caption sr-only">Auditregels, de nieuwste eerst</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((h) => (
              <th key={h} scope="col" className="utrecht-table__header-cell">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => {
            const hasData = row.before != null || row.after != null;
            const object = auditObjectLabel(row.objectType, row.objectId);
            return (
              <Fragment key={row.id}>
                <tr className={`utrecht-table__row align-top${hasData ? " *:border-b-0" : ""}`}>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{row.id}</td>
                  <td className="utrecht-table__cell whitespace-nowrap">
                    <time dateTime={row.at.toISOString()}>{timeFormat.format(row.at)}</time>
                  </td>
                  <td className="utrecht-table__cell">
                    {row.actorLabel}
                    {row.actorEmail && row.actorEmail !== row.actorLabel ? <span className="block text-sm">{row.actorEmail}</span> : null}
                  </td>
                  <td className="utrecht-table__cell">{auditActionLabel(row.action)}</td>
                  <td className="utrecht-table__cell">
                    {object.type}
                    {object.detail ? <span className="block text-sm break-all">{object.detail}</span> : null}
                  </td>
                  <td className="utrecht-table__cell">
                    <span className={`utrecht-status-badge ${badgeClass[row.result]}`}>{auditResultLabels[row.result]}</span>
                    {row.repeats > 0 ? <span className="block text-sm">en nog {row.repeats.toLocaleString("nl-NL")} keer in die minuut</span> : null}
                  </td>
                  <td className="utrecht-table__cell whitespace-nowrap">{row.ip ?? "–"}</td>
                </tr>
                {hasData ? (
                  <tr className="utrecht-table__row">
                    <td colSpan={columns.length} className="utrecht-table__cell pt-0">
                      <EventData id={row.id} before={row.before} after={row.after} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

// What changed, in Dutch ("veld: oud → nieuw"); the stored data itself stays one click away.
function EventData({ id, before, after }: { id: number; before: unknown; after: unknown }) {
  const changes = describeAuditData(before, after);
  const both = before != null && after != null;
  return (
    <details>
      <summary className="utrecht-link cursor-pointer">Gegevens van regel {id}</summary>
      <div className="mt-2 flex flex-col gap-2">
        {changes.length === 0 ? (
          <p className="utrecht-paragraph">{both ? "Geen velden gewijzigd." : "Geen gegevens."}</p>
        ) : (
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            {changes.map((change) => (
              <Fragment key={change.field || change.label}>
                <dt className="font-bold">{change.label}</dt>
                <dd className="break-words">
                  {change.before !== undefined && change.after !== undefined ? (
                    <>
                      {change.before} <span aria-hidden="true">→</span>
                      <span className="sr-only">wordt</span> {change.after}
                    </>
                  ) : (
                    change.after ?? `${change.before} (vervallen)`
                  )}
                </dd>
              </Fragment>
            ))}
          </dl>
        )}
        <details>
          <summary className="utrecht-link cursor-pointer">Zoals opgeslagen (JSON)</summary>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            <JsonBlock title="Vóór de handeling" value={before} />
            <JsonBlock title="Na de handeling" value={after} />
          </div>
        </details>
      </div>
    </details>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="utrecht-paragraph font-bold">{title}</p>
      {value == null ? (
        <p className="utrecht-paragraph">Geen gegevens</p>
      ) : (
        <pre className="utrecht-code-block overflow-x-auto text-sm whitespace-pre-wrap break-words">
          <code className="utrecht-code-block__content">{JSON.stringify(value, null, 2)}</code>
        </pre>
      )}
    </div>
  );
}
