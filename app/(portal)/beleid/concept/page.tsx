import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listDepartmentOptions } from "@/db/queries/departments";
import { getPolicyDraft, listVersionOptions } from "@/db/queries/policy";
import { ButtonLink } from "@/components/button-link";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { DiscardForm } from "../_components/discard-form";
import { DraftForm } from "../_components/draft-form";

export const metadata: Metadata = { title: "Concept bewerken" };

const crumbs = [{ href: "/beleid", label: "Beleidsversies" }];

export default async function DraftPage() {
  await requirePermission("policy.manage");
  const db = getDb();
  const draft = await getPolicyDraft(db);
  if (!draft) {
    return (
      <>
        <PageHeader title="Concept bewerken" crumbs={crumbs} />
        <p className="utrecht-paragraph">Er is geen concept. <Link className="utrecht-link" href="/beleid">Begin een nieuwe versie</Link>.</p>
      </>
    );
  }
  const [lists, departments] = await Promise.all([listVersionOptions(db), listDepartmentOptions(db)]);
  const listOptions = lists.map((l, i) => ({ value: String(l.id), label: `Versie ${l.number} (${formatDate(l.publishedAt)})${i === 0 ? ", de nieuwste" : ""}` }));

  return (
    <>
      <PageHeader title="Concept bewerken" crumbs={crumbs}
        intro="Pas het concept aan en sla het op. Niemand anders ziet het concept tot u het publiceert.">
        <ButtonLink href="/beleid/publiceren" variant="primary">Naar publiceren</ButtonLink>
      </PageHeader>
      <DraftForm draft={draft} listOptions={listOptions} departmentOptions={departments} />
      <section id="voorbeeld" aria-labelledby="voorbeeld-kop" className="mt-12 flex max-w-3xl flex-col gap-4 border-t border-border pt-8">
        <h2 id="voorbeeld-kop" className="utrecht-heading-2">Voorbeeld: zo ziet de opgeslagen tekst eruit</h2>
        {draft.body.trim() ? (
          <div className="border-l-4 border-border pl-6">
            <Markdown source={draft.body} />
          </div>
        ) : (
          <p className="utrecht-paragraph">Er is nog geen tekst opgeslagen.</p>
        )}
      </section>
      <section aria-labelledby="weggooien" className="mt-12 flex max-w-3xl flex-col gap-4 border-t border-border pt-8">
        <h2 id="weggooien" className="utrecht-heading-2">Concept weggooien</h2>
        <DiscardForm draftId={draft.id} />
      </section>
    </>
  );
}
