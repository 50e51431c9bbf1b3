import { ActionForm } from "@/components/form/action-form";
import { CheckboxGroup, SubmitButton, TextareaField } from "@/components/form/fields";
import { deactivateUserAction } from "../actions";

/** Deactivating needs a reason (it goes into the audit log) and an explicit confirmation. */
export function DeactivateForm({ userId, userName }: { userId: string; userName: string }) {
  return (
    <ActionForm action={deactivateUserAction}>
      <input type="hidden" name="id" value={userId} />
      <p className="utrecht-paragraph">
        Na het deactiveren kan {userName} niet meer inloggen. Wie nu ingelogd is, verliest bij de volgende klik de toegang.
        De gegevens blijven bewaard en u kunt het account later weer activeren.
      </p>
      <TextareaField name="reason" label="Reden" required rows={3}
        description="Bijvoorbeeld: uit dienst per 1 juni, of: account mogelijk misbruikt. De reden komt in het auditlog." />
      <CheckboxGroup name="confirm" legend="Bevestiging"
        options={[{ value: "ja", label: `Ja, ik wil het account van ${userName} deactiveren.` }]} />
      <SubmitButton variant="secondary">Account deactiveren</SubmitButton>
    </ActionForm>
  );
}
