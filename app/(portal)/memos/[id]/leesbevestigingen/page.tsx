import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { memoAudienceMembers } from "@/db/queries/memos";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { audienceWords } from "@/lib/memos/labels";
import { loadVisibleMemo } from "../load";

export const metadata: Metadata = { title: "Leesbevestigingen" };

export default async function ReadReceiptsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("memos.manage");
  const memo = await loadVisibleMemo(viewer, params);
  if (!memo.publishedAt) notFound();
  const members = await memoAudienceMembers(getDb(), memo.id);
  const opened = members.filter((m) => m.openedAt).sort((a, b) => a.openedAt!.getTime() - b.openedAt!.getTime());
  const notYet = members.filter((m) => !m.openedAt);

  return (
    <>
      <PageHeader title={`Leesbevestigingen memo ${memo.number}`} crumbs={[{ href: "/memos", label: "Memo's" }, { href: `/memos/${memo.id}`, label: `Memo ${memo.number}` }]}
        intro={`"${memo.subject}", aan ${audienceWords(memo.audiences)}. ${members.length === 1 ? `${opened.length} van 1 persoon heeft` : `${opened.length} van de ${members.length} personen hebben`} de memo geopend.`}>
        <ButtonLink href={`/memos/${memo.id}/leesbevestigingen/export`} download>Download als CSV</ButtonLink>
      </PageHeader>
      <section aria-labelledby="geopend" className="mb-10 flex flex-col gap-4">
        <h2 id="geopend" className="utrecht-heading-2">Geopend ({opened.length})</h2>
        {opened.length ? (
          <DataTable caption="Wie de memo heeft geopend, en wanneer voor het eerst" captionHidden columns={["Naam", "Functie", "Eerst geopend op"]}>
            {opened.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell text-left">{m.name}</th>
                <td className="utrecht-table__cell">{m.jobTitle ?? "–"}</td>
                <td className="utrecht-table__cell">{formatDateTime(m.openedAt)}</td>
              </tr>
            ))}
          </DataTable>
        ) : <p className="utrecht-paragraph">Nog niemand heeft de memo geopend.</p>}
      </section>
      <section aria-labelledby="niet-geopend" className="flex flex-col gap-4">
        <h2 id="niet-geopend" className="utrecht-heading-2">Nog niet geopend ({notYet.length})</h2>
        {notYet.length ? (
          <DataTable caption="Wie de memo nog niet heeft geopend" captionHidden columns={["Naam", "Functie", "E-mailadres"]}>
            {notYet.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell text-left">{m.name}</th>
                <td className="utrecht-table__cell">{m.jobTitle ?? "–"}</td>
                <td className="utrecht-table__cell">{m.email}</td>
              </tr>
            ))}
          </DataTable>
        ) : <p className="utrecht-paragraph">Iedereen in de doelgroep heeft de memo geopend.</p>}
      </section>
    </>
  );
}
