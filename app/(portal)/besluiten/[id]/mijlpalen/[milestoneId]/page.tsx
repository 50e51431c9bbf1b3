import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { activeUserOptions, evidenceOptions, getDecision } from "@/db/queries/decisions";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/params";
import { EditMilestoneForm, RemoveMilestoneForm } from "../../../_components/milestone-form";

export const metadata: Metadata = { title: "Mijlpaal wijzigen" };
export const dynamic = "force-dynamic";

export default async function EditMilestonePage({ params }: { params: Promise<{ id: string; milestoneId: string }> }) {
  await requirePermission("decisions.manage");
  const { id: rawId, milestoneId: rawMilestoneId } = await params;
  const [id, milestoneId] = [parseRecordId(rawId), parseRecordId(rawMilestoneId)];
  const db = getDb();
  const decision = id ? await getDecision(db, id) : null;
  const milestone = decision?.milestones.find((m) => m.id === milestoneId);
  if (!decision || !milestone) notFound();
  const [owners, evidence] = await Promise.all([activeUserOptions(db), evidenceOptions(db)]);
  const toOptions = (kind: string, list: { id: number; label: string }[]) => list.map((o) => ({ value: `${kind}:${o.id}`, label: o.label }));

  return (
    <>
      <PageHeader title={`Mijlpaal ${milestone.title} wijzigen`}
        crumbs={[{ href: "/besluiten", label: "Collegebesluiten" }, { href: `/besluiten/${decision.id}`, label: `Besluit ${decision.number}` }]}
        intro="Is de mijlpaal klaar? Vul de datum gereed in en kies het bewijs, zoals het memo waarmee het besluit is gecommuniceerd." />
      <EditMilestoneForm milestone={milestone} owners={owners.map((o) => ({ value: o.id, label: o.name }))}
        evidence={{ memo: toOptions("memo", evidence.memo), policy: toOptions("policy", evidence.policy), list: toOptions("list", evidence.list) }} />
      <section aria-labelledby="verwijderen" className="mt-12 flex max-w-2xl flex-col gap-4 border-t border-border pt-8">
        <h2 id="verwijderen" className="utrecht-heading-2">Mijlpaal verwijderen</h2>
        <RemoveMilestoneForm milestoneId={milestone.id} title={milestone.title} />
      </section>
    </>
  );
}
