import type { Metadata } from "next";
import { getDb } from "@/db";
import { getMemo } from "@/db/queries/memos";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { parseRecordId, type SearchParams } from "@/lib/params";
import { createMemoAction } from "../actions";
import { MemoForm, type MemoFormValues } from "../_components/memo-form";
import { audienceOptions, listOptions } from "../form-options";

export const metadata: Metadata = { title: "Nieuwe memo" };

export default async function NewMemoPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("memos.manage");
  const correctsId = parseRecordId((await searchParams).correctie);
  const found = correctsId ? await getMemo(getDb(), correctsId) : null;
  // Only a published memo can be corrected; anything else starts an ordinary new memo.
  const corrects = found?.publishedAt ? found : null;
  const values: MemoFormValues = corrects
    ? { ...corrects, subject: `Correctie: ${corrects.subject}`, memoDate: todayIso() }
    : { subject: "", sender: viewer.name, memoDate: todayIso(), audiences: [], body: "", contactName: viewer.name, contactDetails: viewer.email, listVersionId: null };

  return (
    <>
      <PageHeader title={corrects ? `Correctie op memo ${corrects.number}` : "Nieuwe memo"} crumbs={[{ href: "/memos", label: "Memo's" }]}
        intro={corrects
          ? `U begint met de tekst van memo ${corrects.number}. Pas aan wat niet klopte. De correctie is een nieuwe memo die naar memo ${corrects.number} verwijst; die blijft zoals hij was.`
          : "Schrijf de memo en sla hem op als concept. Niemand anders dan de griffie en de CISO ziet het concept tot u het publiceert."} />
      <MemoForm action={createMemoAction} values={values} hidden={corrects ? { correctsMemoId: String(corrects.id) } : {}}
        audienceOptions={audienceOptions} listOptions={await listOptions()} submitLabel="Concept opslaan" />
    </>
  );
}
