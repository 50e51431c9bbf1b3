"use client";

import { ActionForm } from "@/components/form/action-form";
import { SelectField, SubmitButton } from "@/components/form/fields";
import { addLinkAction, removeLinkAction } from "@/app/(portal)/verwijzingen/actions";
import type { LinkKind } from "@/db/schema/enums";

type Here = { kind: LinkKind; id: number };

export function AddLinkForm({ here, groups }: { here: Here; groups: { label: string; options: { value: string; label: string }[] }[] }) {
  return (
    <ActionForm action={addLinkAction} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="fromKind" value={here.kind} />
      <input type="hidden" name="fromId" value={here.id} />
      <SelectField name="target" label="Verwijs naar" required placeholder="Kies een stuk" options={[]} groups={groups}
        description="De verwijzing staat daarna op beide pagina's. Lezers zien alleen stukken die zij mogen openen." />
      <div>
        <SubmitButton variant="secondary">Verwijzing toevoegen</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RemoveLinkForm({ here, linkId, title }: { here: Here; linkId: number; title: string }) {
  return (
    <ActionForm action={removeLinkAction} className="inline">
      <input type="hidden" name="id" value={linkId} />
      <input type="hidden" name="fromKind" value={here.kind} />
      <input type="hidden" name="fromId" value={here.id} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`Verwijzing naar ${title} verwijderen`}>
        Verwijderen
      </button>
    </ActionForm>
  );
}
