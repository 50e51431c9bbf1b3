import type { Metadata } from "next";
import { getDb } from "@/db";
import { CrossReferences } from "@/app/(portal)/verwijzingen/_components/cross-references";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { recordMemoRead } from "@/lib/memos/read-receipt";
import { clientIp } from "@/lib/request";
import { MemoView } from "../_components/memo-view";
import { DraftEditor } from "../_components/draft-editor";
import { isPrefetch, loadVisibleMemo, memoTitle } from "./load";

export const metadata: Metadata = { title: "Memo" };

type Props = { params: Promise<{ id: string }> };

export default async function MemoPage({ params }: Props) {
  const viewer = await requirePermission("memos.read");
  const memo = await loadVisibleMemo(viewer, params);
  const crumbs = [{ href: "/memos", label: "Memo's" }];
  if (!memo.publishedAt) {
    return (
      <>
        <PageHeader title={memoTitle(memo)} crumbs={crumbs} intro="Dit concept is nog niet gepubliceerd. Alleen de griffie en de CISO zien het.">
          <ButtonLink href={`/memos/${memo.id}/publiceren`} variant="primary">Naar publiceren</ButtonLink>
        </PageHeader>
        <DraftEditor memo={memo} />
      </>
    );
  }
  // Opening the memo is the read receipt (the first time only; not for a manager outside its audience).
  if (!(await isPrefetch())) await recordMemoRead(getDb(), memo.id, viewer, await clientIp());
  const manages = can(viewer.roles, "memos.manage");
  return (
    <>
      <PageHeader title={memoTitle(memo)} crumbs={crumbs}
        intro={`Gepubliceerd op ${formatDateTime(memo.publishedAt)}${memo.publishedByName ? ` door ${memo.publishedByName}` : ""}. Een gepubliceerde memo verandert niet meer.`}>
        <ButtonLink href={`/memos/${memo.id}/pdf`} download>Download als PDF</ButtonLink>
        {manages ? <ButtonLink href={`/memos/${memo.id}/leesbevestigingen`} variant="primary">Leesbevestigingen</ButtonLink> : null}
        {manages ? <ButtonLink href={`/memos/nieuw?correctie=${memo.id}`}>Maak een correctie</ButtonLink> : null}
      </PageHeader>
      <MemoView memo={memo} />
      <CrossReferences kind="memo" id={memo.id} viewer={viewer} />
    </>
  );
}
