import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { memoAudienceMembers } from "@/db/queries/memos";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { PublishMemoForm } from "../../_components/confirm-forms";
import { MemoView } from "../../_components/memo-view";
import { memoFingerprint, memoGaps } from "../../draft-rules";
import { loadVisibleMemo } from "../load";

export const metadata: Metadata = { title: "Memo publiceren" };

export default async function PublishMemoPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("memos.manage");
  const memo = await loadVisibleMemo(viewer, params);
  if (memo.publishedAt) notFound();
  const gaps = memoGaps(memo);
  const readers = (await memoAudienceMembers(getDb(), memo.id)).length;

  return (
    <>
      <PageHeader title="Memo publiceren" crumbs={[{ href: "/memos", label: "Memo's" }, { href: `/memos/${memo.id}`, label: "Concept" }]}
        intro="Controleer de memo. Na publicatie krijgt hij een nummer, verschijnt hij als ongelezen bij de lezers, en verandert hij nooit meer." />
      <MemoView memo={memo} />
      <section aria-labelledby="bevestigen" className="mt-12 flex max-w-3xl flex-col gap-4 border-t border-border pt-8">
        <h2 id="bevestigen" className="utrecht-heading-2">Bevestigen</h2>
        {gaps.length ? (
          <div className="utrecht-alert utrecht-alert--warning">
            <p className="utrecht-paragraph">Het concept is nog niet af: {gaps.join(" ")} <Link className="utrecht-link" href={`/memos/${memo.id}`}>Concept bewerken</Link></p>
          </div>
        ) : (
          <>
            <p className="utrecht-paragraph">{readers === 1 ? "Eén persoon krijgt" : `${readers} personen krijgen`} deze memo.</p>
            <PublishMemoForm id={memo.id} seen={memoFingerprint(memo)} />
          </>
        )}
      </section>
    </>
  );
}
