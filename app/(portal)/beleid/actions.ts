"use server";

import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, listVersions, policyVersions } from "@/db/schema";
import { getLatestVersion } from "@/db/queries/list-versions";
import type { PolicyVersion } from "@/db/queries/policy-audience";
import {
  deletePolicyDraft, draftFieldsFrom, getLatestPublishedPolicy, getPolicyDraft, insertPolicyDraft, publishPolicyDraft, updatePolicyDraft,
} from "@/db/queries/policy";
import { action, ActionError } from "@/lib/action";
import { todayIso } from "@/lib/dates";
import type { LockRow } from "@/lib/record-lock";
import { queueDueReminders } from "@/lib/policy/reminders";
import { discardSchema, draftSchema, publishSchema, startDraftSchema } from "./schemas";
import { draftFingerprint, draftGaps, fieldsFromInput } from "./draft-rules";

const REVALIDATE = ["/beleid", "/beleid/concept", "/beleid/publiceren"];

/** The draft, locked until the transaction ends: parallel edits, publishes and discards wait for each other. */
const lockedDraft = {
  load: (input: { id: number }, lock: LockRow) => lock(policyVersions, input.id),
  missing: "Dit concept bestaat niet (meer). Misschien is het net gepubliceerd of weggegooid.",
  check: (draft: PolicyVersion) => (draft.publishedAt ? `Versie ${draft.number} is al gepubliceerd en verandert niet meer.` : null),
};

async function requirePublishedList(tx: Tx, id: number) {
  const [row] = await tx.select({ id: listVersions.id }).from(listVersions).where(eq(listVersions.id, id));
  if (!row) throw new ActionError("Kies een gepubliceerde lijstversie.", { listVersionId: ["Kies een gepubliceerde lijstversie uit de lijst."] });
}

export const startDraftAction = action(
  { name: "policy.draft.create", schema: startDraftSchema, permission: "policy.manage" },
  async ({ from, listVersionId }, { viewer, tx, audit, lock }) => {
    const existing = await getPolicyDraft(tx);
    if (existing) {
      if (!listVersionId) throw new ActionError("Er is al een concept. Werk dat concept bij of gooi het weg voordat u een nieuw begint.");
      // From a just-published list version: point the open draft at it instead of starting a second one.
      const draft = (await lock(policyVersions, existing.id))!;
      await requirePublishedList(tx, listVersionId);
      await updatePolicyDraft(tx, draft.id, { listVersionId });
      await audit({ action: "policy.draft.update", objectType: "policy_version", objectId: draft.id, before: { listVersionId: draft.listVersionId }, after: { listVersionId } });
      return { message: "Het concept dat er al was, verwijst nu naar de nieuwe lijstversie.", redirectTo: "/beleid/concept", revalidate: REVALIDATE };
    }
    const list = listVersionId ?? (await getLatestVersion(tx))?.id;
    if (!list) throw new ActionError("Publiceer eerst een lijstversie: het beleid verwijst altijd naar een gepubliceerde lijst.");
    await requirePublishedList(tx, list);
    const source = from === "current" ? await getLatestPublishedPolicy(tx) : null;
    if (from === "current" && !source) throw new ActionError("Er is nog geen gepubliceerde versie om over te nemen. Begin met een leeg concept.");
    // Two starts at once: the one-draft unique index lets one insert through; the other gets a clear message.
    const draft = await insertPolicyDraft(tx, draftFieldsFrom(source, list, todayIso()), source?.id ?? null, viewer.id);
    await audit({ action: "policy.draft.create", objectType: "policy_version", objectId: draft.id, after: { basedOnNumber: source?.number ?? null, listVersionId: list } });
    const how = source ? `een kopie van versie ${source.number}` : "leeg";
    return { message: `Het concept is gestart (${how}). Pas het aan en publiceer het als het klaar is.`, redirectTo: "/beleid/concept", revalidate: REVALIDATE };
  },
);

export const saveDraftAction = action(
  { name: "policy.draft.update", schema: draftSchema, permission: "policy.manage", record: lockedDraft },
  async (input, { tx, audit, record: draft }) => {
    await requirePublishedList(tx, input.listVersionId);
    if (input.departmentIds.length) {
      const found = await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, input.departmentIds));
      if (found.length !== input.departmentIds.length) throw new ActionError("Kies afdelingen uit de lijst.", { departmentIds: ["Een van de gekozen afdelingen bestaat niet (meer)."] });
    }
    const fields = fieldsFromInput(input);
    await updatePolicyDraft(tx, draft.id, fields);
    const changed = Object.keys(fields).filter((key) => JSON.stringify(fields[key as keyof typeof fields]) !== JSON.stringify(draft[key as keyof typeof draft]));
    await audit({ action: "policy.draft.update", objectType: "policy_version", objectId: draft.id, after: { changed } });
    return { message: "Het concept is opgeslagen. Bekijk hieronder hoe de tekst eruitziet.", redirectTo: "/beleid/concept#voorbeeld", revalidate: REVALIDATE };
  },
);

export const discardDraftAction = action(
  { name: "policy.draft.discard", schema: discardSchema, permission: "policy.manage", record: lockedDraft },
  async (_input, { tx, audit, record: draft }) => {
    await deletePolicyDraft(tx, draft.id);
    await audit({ action: "policy.draft.discard", objectType: "policy_version", objectId: draft.id, before: { title: draft.title, basedOnId: draft.basedOnId, listVersionId: draft.listVersionId } });
    return { message: "Het concept is weggegooid. Er is niets gepubliceerd.", redirectTo: "/beleid", revalidate: REVALIDATE };
  },
);

export const publishDraftAction = action(
  { name: "policy.publish", schema: publishSchema, permission: "policy.manage", record: lockedDraft },
  async ({ seen }, { viewer, tx, audit, record: draft }) => {
    if (draftFingerprint(draft) !== seen) {
      throw new ActionError("Het concept is veranderd sinds u deze pagina opende. Laad de pagina opnieuw, controleer wat u publiceert en bevestig dan.");
    }
    const gaps = draftGaps(draft);
    if (gaps.length) throw new ActionError(`Het concept is nog niet af: ${gaps.join(" ")}`);
    const now = new Date();
    const version = (await publishPolicyDraft(tx, draft.id, viewer, now))!;
    await audit({
      action: "policy.publish",
      objectType: "policy_version",
      objectId: version.id,
      after: {
        number: version.number,
        title: version.title,
        bodySha256: createHash("sha256").update(version.body).digest("hex"),
        listVersionId: version.listVersionId,
        effectiveOn: version.effectiveOn,
        acknowledgeBy: version.acknowledgeBy,
        audience: { allStaff: version.audienceAllStaff, departmentIds: version.audienceDepartmentIds, riskGroups: version.audienceRiskGroups, councilWithDevice: version.audienceCouncilWithDevice },
        stricterRiskGroups: version.stricterRiskGroups,
        reminderLadder: version.reminderLadder,
      },
    });
    // A version that applies today asks its audience at once, in this transaction; a later one waits for the daily run.
    const queued = version.effectiveOn <= todayIso(now) ? await queueDueReminders(tx, version, now) : 0;
    const mails = queued ? ` ${queued === 1 ? "Eén persoon krijgt" : `${queued} personen krijgen`} nu een e-mail.` : "";
    return { message: `Versie ${version.number} is gepubliceerd.${mails}`, redirectTo: `/beleid/${version.id}`, revalidate: [...REVALIDATE, "/", "/beleid-openbaar", "/kennisnemen"] };
  },
);
