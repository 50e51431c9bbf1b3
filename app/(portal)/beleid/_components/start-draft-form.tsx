"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/fields";
import { startDraftAction } from "../actions";

/** Starts the one draft: usually a copy of the newest version, or empty when there is none yet or on purpose. */
export function StartDraftForm({ latestNumber, listVersionId, label }: { latestNumber: number | null; listVersionId?: number; label?: string }) {
  return (
    <div className="flex flex-wrap gap-4">
      {latestNumber !== null ? (
        <ActionForm action={startDraftAction} className="flex flex-col gap-3">
          <input type="hidden" name="from" value="current" />
          {listVersionId ? <input type="hidden" name="listVersionId" value={listVersionId} /> : null}
          <SubmitButton>{label ?? `Nieuwe versie maken vanuit versie ${latestNumber}`}</SubmitButton>
        </ActionForm>
      ) : null}
      {listVersionId ? null : (
        <ActionForm action={startDraftAction} className="flex flex-col gap-3">
          <input type="hidden" name="from" value="empty" />
          <SubmitButton variant={latestNumber === null ? "primary" : "secondary"}>Leeg concept beginnen</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
