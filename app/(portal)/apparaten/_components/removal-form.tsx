"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton } from "@/components/form/fields";
import { requestRemovalAction } from "../actions";

/** The confirmation before the portal mails every owner with a violation; a second send mails only people not yet asked. */
export function RemovalForm({ importId }: { importId: number }) {
  return (
    <ActionForm action={requestRemovalAction} className="flex max-w-3xl flex-col gap-4">
      <input type="hidden" name="importId" value={importId} />
      <CheckboxField name="confirm" label="Ja, mail de eigenaren van deze apparaten met het verzoek de app te verwijderen"
        description="Iedereen krijgt één e-mail met de eigen apparaten en apps, de reden en hoe een uitzondering aan te vragen. Wie voor deze inventaris al gemaild is, krijgt geen tweede e-mail. Apparaten met een onbekende eigenaar krijgen geen e-mail." />
      <SubmitButton>Eigenaren vragen de app te verwijderen</SubmitButton>
    </ActionForm>
  );
}
