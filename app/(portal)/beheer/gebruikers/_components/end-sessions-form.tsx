import { ActionForm } from "@/components/form/action-form";
import { CheckboxGroup, SubmitButton } from "@/components/form/fields";
import { endUserSessionsAction } from "../actions";

/** Ending all sessions of someone else needs an explicit confirmation: they are signed out mid-work. */
export function EndSessionsForm({ userId, userName, openSessions }: { userId: string; userName: string; openSessions: number }) {
  if (openSessions === 0) return <p className="utrecht-paragraph max-w-2xl">{userName} is nu nergens ingelogd.</p>;
  return (
    <ActionForm action={endUserSessionsAction}>
      <input type="hidden" name="id" value={userId} />
      <p className="utrecht-paragraph">
        {userName} is nu op {openSessions === 1 ? "1 apparaat" : `${openSessions} apparaten`} ingelogd. Na het beëindigen moet {userName} overal
        opnieuw inloggen. Doe dit bijvoorbeeld als een telefoon of laptop kwijt is. Het account blijft actief.
      </p>
      <CheckboxGroup name="confirmEndSessions" legend="Bevestiging"
        options={[{ value: "ja", label: `Ja, ik wil alle sessies van ${userName} beëindigen.` }]} />
      <SubmitButton variant="secondary">Alle sessies van deze persoon beëindigen</SubmitButton>
    </ActionForm>
  );
}
