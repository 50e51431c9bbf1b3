import type { Tx } from "@/db/client";
import { policyAcknowledgements, policyVersions } from "@/db/schema";
import {
  demoAcknowledgedBy, demoPolicyBody, demoPolicyDates, demoPolicyLadder, demoPolicyTitle, demoStricterMeasure, demoStricterRiskGroups,
} from "@/db/seed/demo-policy";
import { demoPeople } from "@/db/seed/demo-people";
import { writeAudit } from "@/lib/audit/chain";
import { todayIso } from "@/lib/dates";
import { acknowledgementStatement } from "@/lib/policy/acknowledge";
import { newVerificationCode } from "@/lib/policy/verification-code";

const SYSTEM = { actorId: null, actorLabel: "systeem (demogegevens)", result: "success" as const, ip: null };

/** Publishes demo policy version 1 (effective ten days ago) and the acknowledgements of a few demo people. */
export async function insertDemoPolicy(tx: Tx, listVersionId: number, people: { id: string; email: string }[], now = new Date()) {
  const userId = (email: string) => people.find((p) => p.email === email)!.id;
  const ciso = demoPeople.find((p) => p.email === "ciso@voorbeeld.nl")!;
  const input = { listVersionId, cisoId: userId(ciso.email), cisoName: ciso.name, userId };
  const { effectiveOn, acknowledgeBy } = demoPolicyDates(todayIso(now));
  const publishedAt = new Date(now.getTime() - 10 * 24 * 3600 * 1000);
  const [version] = await tx
    .insert(policyVersions)
    .values({
      number: 1,
      title: demoPolicyTitle,
      body: demoPolicyBody,
      listVersionId: input.listVersionId,
      effectiveOn,
      acknowledgeBy,
      audienceAllStaff: true,
      audienceCouncilWithDevice: true,
      stricterMeasure: demoStricterMeasure,
      stricterRiskGroups: demoStricterRiskGroups,
      reminderLadder: demoPolicyLadder,
      createdById: input.cisoId,
      createdAt: publishedAt,
      updatedAt: publishedAt,
      publishedAt,
      publishedById: input.cisoId,
      publishedByName: input.cisoName,
    })
    .returning();
  await writeAudit(tx, { ...SYSTEM, action: "policy.publish", objectType: "policy_version", objectId: version.id, after: { number: 1, title: version.title, effectiveOn, acknowledgeBy } });

  for (const [index, email] of demoAcknowledgedBy.entries()) {
    const [row] = await tx
      .insert(policyAcknowledgements)
      .values({
        policyVersionId: version.id,
        userId: input.userId(email),
        statement: acknowledgementStatement(acknowledgeBy),
        removeBy: acknowledgeBy,
        verificationCode: newVerificationCode(),
        acknowledgedAt: new Date(publishedAt.getTime() + (index + 1) * 26 * 3600 * 1000),
      })
      .returning();
    await writeAudit(tx, { ...SYSTEM, action: "policy.acknowledge", objectType: "policy_acknowledgement", objectId: row.id, after: { policyVersion: 1, email } });
  }
  return version;
}
