import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getDecision } from "@/db/queries/decisions";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/params";
import { EditDecisionForm } from "../../_components/decision-form";

export const metadata: Metadata = { title: "Besluit wijzigen" };
export const dynamic = "force-dynamic";

export default async function EditDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("decisions.manage");
  const id = parseRecordId((await params).id);
  const decision = id ? await getDecision(getDb(), id) : null;
  if (!decision) notFound();
  return (
    <>
      <PageHeader title={`Besluit ${decision.number} wijzigen`} crumbs={[{ href: "/besluiten", label: "Collegebesluiten" }, { href: `/besluiten/${decision.id}`, label: `Besluit ${decision.number}` }]}
        intro={decision.publishedAt ? "Dit besluit is gepubliceerd: wat u opslaat, zien lezers meteen. Het auditlog bewaart wat er eerst stond." : "Dit besluit is nog een concept."} />
      <EditDecisionForm decision={decision} />
    </>
  );
}
