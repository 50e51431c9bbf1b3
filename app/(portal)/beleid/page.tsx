import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getLatestPublishedPolicy, listPolicyVersions } from "@/db/queries/policy";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime, todayIso } from "@/lib/dates";
import { StartDraftForm } from "./_components/start-draft-form";

export const metadata: Metadata = { title: "Beleidsversies" };

function status(v: { publishedAt: Date | null; effectiveOn: string }, currentId: number | null, id: number, today: string) {
  if (!v.publishedAt) return "Concept";
  if (id === currentId) return "Geldt nu";
  return v.effectiveOn > today ? "Gaat later in" : "Vervangen";
}

export default async function PolicyVersionsPage() {
  await requirePermission("policy.manage");
  const db = getDb();
  const today = todayIso();
  const [versions, latest] = await Promise.all([listPolicyVersions(db), getLatestPublishedPolicy(db)]);
  const draft = versions.find((v) => !v.publishedAt);
  const current = versions.filter((v) => v.publishedAt && v.effectiveOn <= today).sort((a, b) => b.number! - a.number!)[0];

  return (
    <>
      <PageHeader title="Beleidsversies"
        intro="Het beleid dat medewerkers en raadsleden met een werkapparaat moeten lezen. U schrijft een concept, koppelt het aan een lijstversie en publiceert het. Een gepubliceerde versie verandert nooit meer." />
      <section aria-labelledby="nieuw" className="mb-10 flex flex-col gap-4">
        <h2 id="nieuw" className="utrecht-heading-2">Nieuwe versie</h2>
        {draft ? (
          <>
            <p className="utrecht-paragraph">Er is een concept: &ldquo;{draft.title}&rdquo;, laatst gewijzigd op {formatDateTime(draft.updatedAt)}. Er kan maar één concept tegelijk zijn.</p>
            <div className="flex flex-wrap gap-3">
              <ButtonLink href="/beleid/concept" variant="primary">Concept bewerken</ButtonLink>
              <ButtonLink href="/beleid/publiceren">Concept publiceren</ButtonLink>
            </div>
          </>
        ) : (
          <>
            <p className="utrecht-paragraph">Meestal begint u met een kopie van de nieuwste versie en past u aan wat verandert, zoals de lijstversie en de datums.</p>
            <StartDraftForm latestNumber={latest?.number ?? null} />
          </>
        )}
      </section>
      <section aria-labelledby="versies">
        <h2 id="versies" className="utrecht-heading-2 mb-4">Alle versies</h2>
        {versions.length === 0 ? (
          <p className="utrecht-paragraph">Er is nog geen beleid gepubliceerd.</p>
        ) : (
          <DataTable caption="Alle beleidsversies, het concept bovenaan" captionHidden
            columns={["Versie", "Titel", "Status", "Gaat in op", "Kennisnemen vóór", "Lijstversie", "Gepubliceerd door", "Gepubliceerd op"]}>
            {versions.map((v) => (
              <tr key={v.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {v.publishedAt ? <Link className="utrecht-link" href={`/beleid/${v.id}`}>Versie {v.number}</Link> : <Link className="utrecht-link" href="/beleid/concept">Concept</Link>}
                </th>
                <td className="utrecht-table__cell">{v.title}</td>
                <td className="utrecht-table__cell">{status(v, current?.id ?? null, v.id, today)}</td>
                <td className="utrecht-table__cell">{formatDate(v.effectiveOn)}</td>
                <td className="utrecht-table__cell">{formatDate(v.acknowledgeBy)}</td>
                <td className="utrecht-table__cell">{v.listVersionNumber}</td>
                <td className="utrecht-table__cell">{v.publishedByName ?? "–"}</td>
                <td className="utrecht-table__cell">{v.publishedAt ? formatDateTime(v.publishedAt) : "–"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
