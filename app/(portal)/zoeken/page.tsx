import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { textParam, type SearchParams } from "@/lib/params";
import { countOf } from "@/lib/plural";
import { searchCouncil, type SearchKind } from "@/lib/search/council-search";
import { passageParts } from "@/lib/search/passage";

export const metadata: Metadata = { title: "Zoeken" };

const kindLabels: Record<SearchKind, string> = { memo: "Memo", decision: "Collegebesluit", council_question: "Raadsvraag" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("search.use");
  const text = textParam((await searchParams).q, 200);
  const hits = text ? await searchCouncil(getDb(), viewer, text) : [];

  return (
    <>
      <PageHeader title="Zoeken" crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro="Zoek in memo's, collegebesluiten en raadsvragen. U vindt alleen wat u mag lezen." />
      <form method="get" action="/zoeken" role="search" aria-label="Memo's, besluiten en raadsvragen" className="mb-10 flex max-w-2xl flex-col gap-4">
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="zoekterm">Zoekwoorden</label></div>
          <div id="zoekterm-uitleg" className="utrecht-form-field-description">
            Bijvoorbeeld TikTok of verwijderen. Zet woorden tussen aanhalingstekens om ze precies zo te zoeken.
          </div>
          <div className="utrecht-form-field__input">
            <input id="zoekterm" name="q" type="search" defaultValue={text ?? ""} maxLength={200} aria-describedby="zoekterm-uitleg"
              className="utrecht-textbox utrecht-textbox--html-input" />
          </div>
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">Zoeken</button>
        </div>
      </form>

      {text ? (
        <section aria-labelledby="resultaten" className="flex max-w-3xl flex-col gap-6">
          <h2 id="resultaten" className="utrecht-heading-2">
            {hits.length === 0 ? `Geen resultaten voor ‘${text}’` : `${countOf(hits.length, "resultaat", "resultaten")} voor ‘${text}’`}
          </h2>
          {hits.length === 0 ? (
            <p className="utrecht-paragraph">Probeer een ander woord, of minder woorden.</p>
          ) : (
            <ol className="flex flex-col gap-6" aria-label="Zoekresultaten, het best passende eerst">
              {hits.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`} className="flex flex-col gap-1 border-b border-gray-300 pb-4">
                  <p className="utrecht-paragraph text-sm">
                    {kindLabels[hit.kind]} · {formatDate(hit.date)}{hit.draft ? ` · ${hit.kind === "council_question" ? "nog niet beantwoord" : "concept"}` : ""}
                  </p>
                  <h3 className="utrecht-heading-3"><Link href={hit.href} className="utrecht-link">{hit.title}</Link></h3>
                  <p className="utrecht-paragraph">
                    {passageParts(hit.passage).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </>
  );
}
