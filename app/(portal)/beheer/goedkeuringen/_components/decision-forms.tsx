import type { RoleChangeKind } from "@/db/schema/enums";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextareaField } from "@/components/form/fields";
import { ActivationLink, UntilSaved } from "../../gebruikers/_components/activation-link";
import { approveRequestAction, rejectRequestAction, withdrawRequestAction } from "../actions";

/**
 * Approve and reject, for a beheerder who may decide. The approve form stays mounted after it
 * succeeded, so a new activation link is shown once, to the approver, even though the request is
 * no longer open when the page refreshes.
 */
export function DecisionForms({ requestId, userName, kind, isPending }: { requestId: number; userName: string; kind: RoleChangeKind; isPending: boolean }) {
  const hiddenId = <input type="hidden" name="id" value={requestId} />;
  return (
    <section aria-labelledby="besluit" className="flex max-w-2xl flex-col gap-10">
      <h2 id="besluit" className="utrecht-heading-2">Besluit</h2>
      <ActionForm action={approveRequestAction}>
        {hiddenId}
        <ActivationLink />
        {isPending ? (
          <UntilSaved>
            <p className="utrecht-paragraph">
              {kind === "roles"
                ? `Na goedkeuring gelden de nieuwe rollen meteen. Heeft ${userName} nog geen wachtwoord, dan ziet u een activeringslink die u persoonlijk doorgeeft.`
                : kind === "second_factor_reset"
                ? `Na goedkeuring wordt de tweede factor van ${userName} gewist en worden alle sessies beëindigd. Controleer eerst, bijvoorbeeld telefonisch, dat ${userName} hier zelf om vroeg.`
                : `Na goedkeuring ziet u de activeringslink één keer. Geef hem persoonlijk of via een beveiligd kanaal aan ${userName}, niet aan degene die hem aanvroeg.`}
            </p>
            <TextareaField name="note" label="Toelichting" rows={2}
              description="Bijvoorbeeld: besproken met de directeur. De toelichting komt in het auditlog." />
            <SubmitButton>Goedkeuren</SubmitButton>
          </UntilSaved>
        ) : null}
      </ActionForm>
      {isPending ? (
        <ActionForm action={rejectRequestAction}>
          {hiddenId}
          <TextareaField name="reason" label="Reden van afwijzen" required rows={2}
            description="Nodig als u afwijst. De aanvrager ziet de reden op deze pagina; hij komt ook in het auditlog." />
          <SubmitButton variant="secondary">Afwijzen</SubmitButton>
        </ActionForm>
      ) : (
        <p className="utrecht-paragraph">Over deze aanvraag is beslist.</p>
      )}
    </section>
  );
}

/** Only the requester can take a request back. */
export function WithdrawForm({ requestId }: { requestId: number }) {
  return (
    <ActionForm action={withdrawRequestAction}>
      <input type="hidden" name="id" value={requestId} />
      <SubmitButton variant="secondary">Aanvraag intrekken</SubmitButton>
    </ActionForm>
  );
}
