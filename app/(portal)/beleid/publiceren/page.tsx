import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listAudience } from "@/db/queries/policy-audience";
import { getLatestPublishedPolicy, getPolicyDraft, getPolicyVersion } from "@/db/queries/policy";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, todayIso } from "@/lib/dates";
import { PolicyDetails } from "../_components/policy-details";
import { PublishForm } from "../_components/publish-form";
import { departmentNamer } from "../department-names";
import { draftFingerprint, draftGaps } from "../draft-rules";

export const metadata: Metadata = { title: "Beleidsversie publiceren" };

const crumbs = [{ href: "/beleid", label: "Beleidsversies" }];

export default async function PublishPolicyPage() {
  await requirePermission("policy.manage");
  const db = getDb();
  const found = await getPolicyDraft(db);
  const draft = found ? await getPolicyVersion(db, found.id) : null;
  if (!draft) {
    return (
      <>
        <PageHeader title="Beleidsversie publiceren" crumbs={crumbs} />
        <p className="utrecht-paragraph">Er is geen concept om te publiceren. <Link className="utrecht-link" href="/beleid">Begin een nieuwe versie</Link>.</p>
      </>
    );
  }
  const [latest, audience, departmentName] = await Promise.all([getLatestPublishedPolicy(db), listAudience(db, draft), departmentNamer()]);
  const nextNumber = (latest?.number ?? 0) + 1;
  const gaps = draftGaps(draft);
  const later = draft.effectiveOn > todayIso();

  return (
    <>
      <PageHeader title={`Beleidsversie ${nextNumber} publiceren`} crumbs={crumbs}
        intro="Controleer wat u publiceert. Na publicatie vraagt het portaal iedereen in de doelgroep om kennis te nemen, en verandert deze versie nooit meer." />
      <section aria-labelledby="gegevens" className="mb-10 flex flex-col gap-4">
        <h2 id="gegevens" className="utrecht-heading-2">Gegevens</h2>
        <PolicyDetails version={draft} departmentName={departmentName} audienceCount={audience.length} />
        <p className="utrecht-paragraph max-w-3xl">
          {later
            ? `Deze versie gaat in op ${formatDate(draft.effectiveOn)}. Tot dan blijft ${latest ? `versie ${latest.number}` : "het huidige beleid"} gelden, en gaan er nog geen e-mails uit.`
            : "Deze versie geldt meteen. Wie in de doelgroep nog geen kennis heeft genomen, krijgt nu een e-mail (als die stap aan staat)."}
        </p>
      </section>
      <section aria-labelledby="tekst" className="mb-10 flex max-w-3xl flex-col gap-4">
        <h2 id="tekst" className="utrecht-heading-2">Tekst: {draft.title}</h2>
        <div className="border-l-4 border-border pl-6"><Markdown source={draft.body} /></div>
      </section>
      <section aria-labelledby="bevestigen" className="flex max-w-3xl flex-col gap-4">
        <h2 id="bevestigen" className="utrecht-heading-2">Bevestigen</h2>
        {gaps.length ? (
          <div className="utrecht-alert utrecht-alert--warning">
            <p className="utrecht-paragraph">Het concept is nog niet af: {gaps.join(" ")} <Link className="utrecht-link" href="/beleid/concept">Concept bewerken</Link></p>
          </div>
        ) : (
          <PublishForm draftId={draft.id} seen={draftFingerprint(draft)} nextNumber={nextNumber} />
        )}
      </section>
    </>
  );
}
