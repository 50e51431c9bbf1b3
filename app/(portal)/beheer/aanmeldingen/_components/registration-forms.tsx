import { ActionForm } from "@/components/form/action-form";
import { CheckboxGroup, SelectField, SubmitButton, TextareaField } from "@/components/form/fields";
import { approveRegistrationAction, rejectRegistrationAction } from "../actions";

type Option = { value: string; label: string };

/** Approve with roles (the proposed ones ticked) and a department, or reject. */
export function RegistrationForms({ id, name, roleOptions, proposedRoles, departmentOptions }: { id: string; name: string; roleOptions: Option[]; proposedRoles: string[]; departmentOptions: Option[] }) {
  const hiddenId = <input type="hidden" name="id" value={id} />;
  return (
    <div className="flex max-w-2xl flex-col gap-10">
      <section aria-labelledby="goedkeuren" className="flex flex-col gap-4">
        <h2 id="goedkeuren" className="utrecht-heading-2">Goedkeuren</h2>
        <ActionForm action={approveRegistrationAction}>
          {hiddenId}
          <CheckboxGroup name="roles" legend="Rollen" options={roleOptions} defaultValues={proposedRoles}
            description={`Kies minstens één rol. Voorgestelde rollen staan al aangevinkt. ${name} kan na goedkeuring meteen inloggen.`} />
          <SelectField name="departmentId" label="Afdeling" options={departmentOptions} placeholder="Geen afdeling" />
          <SubmitButton>Goedkeuren</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="afwijzen" className="flex flex-col gap-4">
        <h2 id="afwijzen" className="utrecht-heading-2">Afwijzen</h2>
        <ActionForm action={rejectRegistrationAction}>
          {hiddenId}
          <TextareaField name="reason" label="Reden van afwijzen" rows={2}
            description={`Komt in het auditlog. Het account wordt gedeactiveerd: ${name} kan dan niet meer inloggen, ook niet met het organisatieaccount.`} />
          <SubmitButton variant="secondary">Afwijzen</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
