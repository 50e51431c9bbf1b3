"use client";

import { useEffect, useRef } from "react";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/fields";
import { measureLabels } from "@/lib/labels";
import { importAppsAction } from "../actions";
import { appsWord, type ImportPreview, type ImportPreviewRow } from "../preview";
import { DataTable } from "@/components/data-table";

/** Step 2: every error, or the apps that will be added and the button that adds them. */
export function ImportPreviewPanel({ message, preview }: { message: string; preview: ImportPreview }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [preview]);
  const hasErrors = preview.errors.length > 0;
  const newVendors = [...new Set(preview.rows.filter((r) => r.vendorIsNew).map((r) => r.vendorName))];

  return (
    <section aria-labelledby="stap-2" className="mt-10 flex flex-col gap-6">
      <h2 id="stap-2" ref={headingRef} tabIndex={-1} className="utrecht-heading-2 outline-none">Stap 2: controleren en importeren</h2>
      {hasErrors ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <div className="flex flex-col gap-2">
            <p className="utrecht-paragraph"><strong>{message}</strong> Pas het bestand aan en controleer het opnieuw.</p>
            <ul className="utrecht-unordered-list">
              {preview.errors.map((error, i) => (
                <li key={i} className="utrecht-unordered-list__item">{error.message}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <div role="status" className="utrecht-alert utrecht-alert--ok">
          <div className="flex flex-col gap-2">
            <p className="utrecht-paragraph">{message}</p>
            {newVendors.length > 0 ? <p className="utrecht-paragraph">Nieuwe leveranciers: {newVendors.join(", ")}.</p> : null}
          </div>
        </div>
      )}
      {preview.rows.length > 0 ? (
        <PreviewTable rows={preview.rows} caption={hasErrors ? "Regels zonder fouten (ook deze worden pas geïmporteerd als het hele bestand in orde is)" : "Deze apps komen in het concept van de applijst"} />
      ) : null}
      {hasErrors ? null : (
        <ActionForm action={importAppsAction} className="flex flex-col gap-4">
          <input type="hidden" name="csv" value={preview.csv} />
          <p className="utrecht-paragraph">De apps komen in het concept. Ze staan pas in de gepubliceerde lijst als u een nieuwe lijstversie publiceert. De app-ID&apos;s uit het bestand zijn nog niet gecontroleerd in de app-winkels.</p>
          <SubmitButton>Importeer {appsWord(preview.rows.length)}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}

function PreviewTable({ rows, caption }: { rows: ImportPreviewRow[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={["Regel", "App", "Leverancier", "Land", "Categorie", "Maatregel", "iOS-bundel-ID", "Android-pakketnaam"]}>
      {rows.map((row) => (
        <tr key={row.line} className="utrecht-table__row">
          <td className="utrecht-table__cell">{row.line}</td>
          <th scope="row" className="utrecht-table__header-cell">{row.name}</th>
          <td className="utrecht-table__cell">{row.vendorName}{row.vendorIsNew ? <strong> (nieuw)</strong> : null}</td>
          <td className="utrecht-table__cell">{row.country}</td>
          <td className="utrecht-table__cell">{row.category}</td>
          <td className="utrecht-table__cell">{measureLabels[row.measure]}</td>
          <td className="utrecht-table__cell">{row.iosBundleId ? <code>{row.iosBundleId}</code> : "–"}</td>
          <td className="utrecht-table__cell">{row.androidPackage ? <code>{row.androidPackage}</code> : "–"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
