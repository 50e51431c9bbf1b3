"use server";

import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { decisionAttachments, decisionMilestones, decisions } from "@/db/schema";
import {
  attachmentNames, decisionIdByNumber, insertDecision, isActiveUser, isPublishedEvidence, lastMilestonePosition, type DecisionFields,
} from "@/db/queries/decisions";
import { action, ActionError } from "@/lib/action";
import { formatDate, formatDateTime, todayIso } from "@/lib/dates";
import { proposeMilestones } from "@/lib/decisions/milestone-proposal";
import type { LockRow } from "@/lib/record-lock";
import { attachmentFileName, checkPdf, nextAttachmentNumber } from "@/lib/uploads/pdf";
import {
  createDecisionSchema, createMilestoneSchema, publishDecisionSchema, removeAttachmentSchema, removeMilestoneSchema, updateDecisionSchema,
  updateMilestoneSchema, uploadAttachmentSchema, type MilestoneInput,
} from "./schemas";

const REVALIDATE = ["/besluiten", "/overzicht"];
const pageOf = (id: number) => `/besluiten/${id}`;
const duplicateNumber = (number: string) =>
  new ActionError(`Er is al een besluit met nummer ${number}. Elk besluit heeft een eigen nummer.`, {
    number: [`Nummer ${number} is al gebruikt. Kies het nummer dat het college aan dit besluit gaf.`],
  });

/** The decision, locked until the transaction ends: parallel edits and publishes wait for each other. */
const lockedDecision = <I extends { id: number } | { decisionId: number }>() => ({
  load: (input: I, lock: LockRow) => lock(decisions, "id" in input ? input.id : input.decisionId),
  missing: "Dit besluit bestaat niet (meer).",
});

const fieldsOf = (input: DecisionFields): DecisionFields => ({
  number: input.number, decidedOn: input.decidedOn, subject: input.subject, decisionPoints: input.decisionPoints, arguments: input.arguments,
  considerations: input.considerations, finances: input.finances, communication: input.communication, status: input.status,
});

export const createDecisionAction = action(
  { name: "decision.create", schema: createDecisionSchema, permission: "decisions.manage" },
  async (input, { viewer, tx, audit }) => {
    const fields = fieldsOf(input);
    const decision = await insertDecision(tx, fields, viewer.id);
    if (!decision) throw duplicateNumber(fields.number);
    await audit({ action: "decision.create", objectType: "council_decision", objectId: decision.id, after: { ...fields, acceptedMilestones: input.acceptMilestones } });
    if (input.acceptMilestones) {
      for (const [position, proposed] of proposeMilestones(fields.decidedOn).entries()) {
        const [milestone] = await tx.insert(decisionMilestones).values({ decisionId: decision.id, position, ...proposed }).returning({ id: decisionMilestones.id });
        await audit({ action: "decision.milestone.create", objectType: "decision_milestone", objectId: milestone.id, after: { decisionId: decision.id, ...proposed, proposed: true } });
      }
    }
    const planned = input.acceptMilestones ? " met de voorgestelde mijlpalen" : "";
    return { message: `Besluit ${fields.number} is geregistreerd${planned}. Het is nog niet gepubliceerd: alleen de griffie en de CISO zien het.`, redirectTo: pageOf(decision.id), revalidate: REVALIDATE };
  },
);

export const updateDecisionAction = action(
  { name: "decision.update", schema: updateDecisionSchema, permission: "decisions.manage", record: lockedDecision() },
  async (input, { tx, audit, record: decision }) => {
    const fields = fieldsOf(input);
    const owner = await decisionIdByNumber(tx, fields.number);
    if (owner !== null && owner !== decision.id) throw duplicateNumber(fields.number);
    const changed = (Object.keys(fields) as (keyof DecisionFields)[]).filter((key) => fields[key] !== decision[key]);
    if (changed.length === 0) return { message: "Er was niets veranderd; het besluit is gebleven zoals het was.", redirectTo: pageOf(decision.id) };
    await tx.update(decisions).set({ ...fields, updatedAt: new Date() }).where(eq(decisions.id, decision.id));
    await audit({
      action: "decision.update", objectType: "council_decision", objectId: decision.id,
      before: Object.fromEntries(changed.map((key) => [key, decision[key]])), after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
    });
    return { message: `Besluit ${fields.number} is opgeslagen.`, redirectTo: pageOf(decision.id), revalidate: [...REVALIDATE, pageOf(decision.id)] };
  },
);

export const publishDecisionAction = action(
  {
    name: "decision.publish", schema: publishDecisionSchema, permission: "decisions.manage",
    record: { ...lockedDecision(), check: (d) => (d.publishedAt ? `Besluit ${d.number} is al gepubliceerd op ${formatDateTime(d.publishedAt)}.` : null) },
  },
  async (_input, { tx, audit, record: decision }) => {
    const now = new Date();
    await tx.update(decisions).set({ publishedAt: now, updatedAt: now }).where(eq(decisions.id, decision.id));
    await audit({ action: "decision.publish", objectType: "council_decision", objectId: decision.id, after: { number: decision.number, subject: decision.subject, publishedAt: now.toISOString() } });
    return { message: `Besluit ${decision.number} is gepubliceerd. Raadsleden en medewerkers zien het nu, met de voortgang.`, redirectTo: pageOf(decision.id), revalidate: [...REVALIDATE, pageOf(decision.id)] };
  },
);

/** The owner must be an active person, the evidence published, and a done date cannot lie in the future. */
async function checkMilestone(tx: Tx, input: Omit<MilestoneInput, "id">) {
  const errors: Record<string, string[]> = {};
  if (input.ownerId && !(await isActiveUser(tx, input.ownerId))) errors.ownerId = ["Kies een eigenaar uit de lijst: deze persoon heeft geen actief account."];
  if (input.evidence && !(await isPublishedEvidence(tx, input.evidence))) errors.evidence = ["Kies een gepubliceerd memo, een gepubliceerde beleidsversie of een lijstversie uit de lijst."];
  if (input.doneOn && input.doneOn > todayIso()) errors.doneOn = ["De datum gereed kan niet in de toekomst liggen. Vul die in als de mijlpaal klaar is."];
  if (Object.keys(errors).length) throw new ActionError("Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", errors);
  return {
    title: input.title,
    ownerId: input.ownerId ?? null,
    dueOn: input.dueOn,
    doneOn: input.doneOn ?? null,
    // One of the three, or none: the database check decision_milestone_one_evidence holds the same rule.
    evidenceMemoId: input.evidence?.kind === "memo" ? input.evidence.id : null,
    evidencePolicyVersionId: input.evidence?.kind === "policy" ? input.evidence.id : null,
    evidenceListVersionId: input.evidence?.kind === "list" ? input.evidence.id : null,
  };
}

export const createMilestoneAction = action(
  { name: "decision.milestone.create", schema: createMilestoneSchema, permission: "decisions.manage", record: lockedDecision() },
  async (input, { tx, audit, record: decision }) => {
    const fields = await checkMilestone(tx, input);
    const position = (await lastMilestonePosition(tx, decision.id)) + 1;
    const [milestone] = await tx.insert(decisionMilestones).values({ decisionId: decision.id, position, ...fields }).returning({ id: decisionMilestones.id });
    await audit({ action: "decision.milestone.create", objectType: "decision_milestone", objectId: milestone.id, after: { decisionId: decision.id, ...fields } });
    return { message: `Mijlpaal "${fields.title}" is toegevoegd (klaar op ${formatDate(fields.dueOn)}).`, redirectTo: `${pageOf(decision.id)}#mijlpalen`, revalidate: [...REVALIDATE, pageOf(decision.id)] };
  },
);

const lockedMilestone = {
  load: (input: { id: number }, lock: LockRow) => lock(decisionMilestones, input.id),
  missing: "Deze mijlpaal bestaat niet (meer). Misschien heeft iemand anders hem net verwijderd.",
};

export const updateMilestoneAction = action(
  { name: "decision.milestone.update", schema: updateMilestoneSchema, permission: "decisions.manage", record: lockedMilestone },
  async (input, { tx, audit, record: milestone }) => {
    const fields = await checkMilestone(tx, input);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => fields[key] !== milestone[key]);
    await tx.update(decisionMilestones).set({ ...fields, updatedAt: new Date() }).where(eq(decisionMilestones.id, milestone.id));
    await audit({
      action: "decision.milestone.update", objectType: "decision_milestone", objectId: milestone.id,
      before: { decisionId: milestone.decisionId, ...Object.fromEntries(changed.map((key) => [key, milestone[key]])) }, after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
    });
    return { message: `Mijlpaal "${fields.title}" is opgeslagen.`, redirectTo: `${pageOf(milestone.decisionId)}#mijlpalen`, revalidate: [...REVALIDATE, pageOf(milestone.decisionId)] };
  },
);

export const removeMilestoneAction = action(
  { name: "decision.milestone.remove", schema: removeMilestoneSchema, permission: "decisions.manage", record: lockedMilestone },
  async (_input, { tx, audit, record: milestone }) => {
    await tx.delete(decisionMilestones).where(eq(decisionMilestones.id, milestone.id));
    const { createdAt: _c, updatedAt: _u, ...before } = milestone;
    await audit({ action: "decision.milestone.remove", objectType: "decision_milestone", objectId: milestone.id, before });
    return { message: `Mijlpaal "${milestone.title}" is verwijderd.`, redirectTo: `${pageOf(milestone.decisionId)}#mijlpalen`, revalidate: [...REVALIDATE, pageOf(milestone.decisionId)] };
  },
);

export const uploadAttachmentAction = action(
  { name: "decision.attachment.upload", schema: uploadAttachmentSchema, permission: "decisions.manage", record: lockedDecision() },
  async ({ file }, { viewer, tx, audit, record: decision }) => {
    const checked = checkPdf(new Uint8Array(await file.arrayBuffer()), file.name ?? "");
    if (!checked.ok) throw new ActionError(checked.message, { file: [checked.message] });
    // The decision row is locked, so two uploads at once cannot pick the same number.
    const fileName = attachmentFileName(decision.number, nextAttachmentNumber(await attachmentNames(tx, decision.id)));
    const [row] = await tx
      .insert(decisionAttachments)
      .values({ decisionId: decision.id, title: checked.title, fileName, sizeBytes: checked.sizeBytes, sha256: checked.sha256, content: checked.bytes, uploadedById: viewer.id })
      .returning({ id: decisionAttachments.id });
    await audit({ action: "decision.attachment.upload", objectType: "decision_attachment", objectId: row.id, after: { decisionId: decision.id, title: checked.title, fileName, sizeBytes: checked.sizeBytes, sha256: checked.sha256 } });
    return { message: `De bijlage "${checked.title}" is toegevoegd als ${fileName}.`, redirectTo: `${pageOf(decision.id)}#bijlagen`, revalidate: [pageOf(decision.id)] };
  },
);

export const removeAttachmentAction = action(
  {
    name: "decision.attachment.remove", schema: removeAttachmentSchema, permission: "decisions.manage",
    record: { load: (input: { id: number }, lock: LockRow) => lock(decisionAttachments, input.id), missing: "Deze bijlage bestaat niet (meer)." },
  },
  async (_input, { tx, audit, record: attachment }) => {
    await tx.delete(decisionAttachments).where(eq(decisionAttachments.id, attachment.id));
    await audit({
      action: "decision.attachment.remove", objectType: "decision_attachment", objectId: attachment.id,
      before: { decisionId: attachment.decisionId, title: attachment.title, fileName: attachment.fileName, sizeBytes: attachment.sizeBytes, sha256: attachment.sha256 },
    });
    return { message: `De bijlage "${attachment.title}" is verwijderd.`, redirectTo: `${pageOf(attachment.decisionId)}#bijlagen`, revalidate: [pageOf(attachment.decisionId)] };
  },
);
