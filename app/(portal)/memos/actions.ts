"use server";

import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { listVersions, memos } from "@/db/schema";
import { deleteMemoDraft, insertMemoDraft, publishMemoDraft, updateMemoDraft } from "@/db/queries/memos";
import { action, ActionError } from "@/lib/action";
import type { LockRow } from "@/lib/record-lock";
import { createMemoSchema, discardMemoSchema, publishMemoSchema, saveMemoSchema } from "./schemas";
import { memoFingerprint, memoGaps, publishedRefusal } from "./draft-rules";

type MemoRow = typeof memos.$inferSelect;

/** The draft, locked until the transaction ends: parallel saves, publishes and discards wait for each other. */
const lockedDraft = {
  load: (input: { id: number }, lock: LockRow) => lock(memos, input.id),
  missing: "Dit concept bestaat niet (meer). Misschien is het net weggegooid.",
  check: (memo: MemoRow) => (memo.publishedAt ? publishedRefusal(memo.number) : null),
};

async function requireListVersion(tx: Tx, id: number | null) {
  if (id === null) return;
  const [row] = await tx.select({ id: listVersions.id }).from(listVersions).where(eq(listVersions.id, id));
  if (!row) throw new ActionError("Kies een gepubliceerde lijstversie, of geen lijst.", { listVersionId: ["Deze lijstversie bestaat niet. Kies er een uit de lijst."] });
}

async function requirePublishedMemo(tx: Tx, id: number | null) {
  if (id === null) return;
  const [row] = await tx.select({ publishedAt: memos.publishedAt }).from(memos).where(eq(memos.id, id));
  if (!row?.publishedAt) throw new ActionError("Alleen een gepubliceerde memo kan worden gecorrigeerd. Begin anders een gewone nieuwe memo.");
}

const REVALIDATE = ["/memos"];

export const createMemoAction = action(
  { name: "memo.draft.create", schema: createMemoSchema, permission: "memos.manage" },
  async (input, { viewer, tx, audit }) => {
    await requireListVersion(tx, input.listVersionId);
    await requirePublishedMemo(tx, input.correctsMemoId);
    const draft = await insertMemoDraft(tx, input, viewer.id);
    await audit({ action: "memo.draft.create", objectType: "memo", objectId: draft.id, after: { subject: input.subject, audiences: input.audiences, correctsMemoId: input.correctsMemoId } });
    return { message: "Het concept is opgeslagen. Niemand anders dan de griffie en de CISO ziet het tot u het publiceert.", redirectTo: `/memos/${draft.id}`, revalidate: REVALIDATE };
  },
);

export const saveMemoAction = action(
  { name: "memo.draft.update", schema: saveMemoSchema, permission: "memos.manage", record: lockedDraft },
  async ({ id: _id, ...fields }, { tx, audit, record: draft }) => {
    await requireListVersion(tx, fields.listVersionId);
    await updateMemoDraft(tx, draft.id, fields);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => JSON.stringify(fields[key]) !== JSON.stringify(draft[key]));
    await audit({ action: "memo.draft.update", objectType: "memo", objectId: draft.id, after: { changed } });
    return { message: "Het concept is opgeslagen. Bekijk hieronder hoe de memo eruitziet.", redirectTo: `/memos/${draft.id}#voorbeeld`, revalidate: REVALIDATE };
  },
);

export const discardMemoAction = action(
  { name: "memo.draft.discard", schema: discardMemoSchema, permission: "memos.manage", record: lockedDraft },
  async (_input, { tx, audit, record: draft }) => {
    await deleteMemoDraft(tx, draft.id);
    await audit({ action: "memo.draft.discard", objectType: "memo", objectId: draft.id, before: { subject: draft.subject, audiences: draft.audiences, correctsMemoId: draft.correctsMemoId } });
    return { message: "Het concept is weggegooid. Er is niets gepubliceerd.", redirectTo: "/memos", revalidate: REVALIDATE };
  },
);

export const publishMemoAction = action(
  { name: "memo.publish", schema: publishMemoSchema, permission: "memos.manage", record: lockedDraft },
  async ({ seen }, { viewer, tx, audit, record: draft }) => {
    if (memoFingerprint(draft) !== seen) {
      throw new ActionError("Het concept is veranderd sinds u deze pagina opende. Laad de pagina opnieuw, controleer wat u publiceert en bevestig dan.");
    }
    const gaps = memoGaps(draft);
    if (gaps.length) throw new ActionError(`Het concept is nog niet af: ${gaps.join(" ")}`);
    const memo = (await publishMemoDraft(tx, draft.id, viewer))!;
    await audit({
      action: "memo.publish",
      objectType: "memo",
      objectId: memo.id,
      after: {
        number: memo.number, subject: memo.subject, audiences: memo.audiences, listVersionId: memo.listVersionId, correctsMemoId: memo.correctsMemoId,
        bodySha256: createHash("sha256").update(memo.body).digest("hex"),
      },
    });
    return { message: `Memo ${memo.number} is gepubliceerd. De lezers zien hem nu bij Memo's, als ongelezen.`, redirectTo: `/memos/${memo.id}`, revalidate: [...REVALIDATE, "/overzicht"] };
  },
);
