import { DataTable } from "@/components/data-table";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/fields";
import { endSessionAction } from "../actions";

export type SessionRow = { id: string; device: string; address: string; signedIn: string; lastActive: string; isCurrent: boolean };

/** The person's open sessions; every one but the current can be ended from its own row. */
export function SessionTable({ rows }: { rows: SessionRow[] }) {
  return (
    <DataTable caption="Open sessies" columns={["Apparaat", "Adres", "Ingelogd", "Laatst actief", "Actie"]}>
      {rows.map((s) => (
        <tr key={s.id} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">
            {s.device}
            {s.isCurrent ? <strong className="block">Deze sessie</strong> : null}
          </th>
          <td className="utrecht-table__cell">{s.address}</td>
          <td className="utrecht-table__cell">{s.signedIn}</td>
          <td className="utrecht-table__cell">{s.lastActive}</td>
          <td className="utrecht-table__cell">
            {s.isCurrent ? (
              "Uitloggen doet u met de knop bovenaan."
            ) : (
              <ActionForm action={endSessionAction} className="flex flex-col gap-2">
                <input type="hidden" name="id" value={s.id} />
                <SubmitButton variant="secondary">
                  Beëindigen<span className="sr-only">: {s.device}, ingelogd op {s.signedIn}</span>
                </SubmitButton>
              </ActionForm>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
