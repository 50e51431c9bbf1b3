"use client";

import type { ChannelRow } from "@/db/queries/channels";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, SubmitButton, TextField, TextareaField } from "@/components/form/fields";
import { channelStatusLabels, NO_APP } from "@/lib/channels/labels";
import { options } from "@/lib/labels";
import { createChannelAction, updateChannelAction } from "../actions";

type Option = { value: string; label: string };
export type ChannelFormChoices = { departments: Option[]; apps: Option[] };

function ChannelFields({ channel, choices }: { channel?: ChannelRow; choices: ChannelFormChoices }) {
  return (
    <>
      <TextField name="platform" label="Platform" required defaultValue={channel?.platform} description="Het sociale medium of de dienst, zoals TikTok, Facebook of LinkedIn." />
      <TextField name="account" label="Account" required defaultValue={channel?.account} description="De naam van het account op dat platform, zoals @gemeentevoorbeeld. Elk account staat één keer in het register." />
      <TextField name="url" label="Webadres" type="url" defaultValue={channel?.url} description="Het adres van het account, zoals https://www.tiktok.com/@gemeentevoorbeeld." />
      <SelectField name="departmentId" label="Afdeling die het account beheert" defaultValue={channel?.departmentId ? String(channel.departmentId) : ""}
        placeholder="Geen afdeling gekozen" options={choices.departments} />
      <SelectField name="appId" label="App van het platform op de lijst" required defaultValue={channel?.appId ? String(channel.appId) : NO_APP}
        options={[{ value: NO_APP, label: "Geen app op de lijst" }, ...choices.apps]}
        description="Kies de app van dit platform als die op de lijst staat die nu geldt. Zolang het account niet is opgeheven, krijgt het dan de melding dat het moet worden afgebouwd." />
      <SelectField name="status" label="Status" required defaultValue={channel?.status ?? "active"} options={options(channelStatusLabels)}
        description="Wordt afgebouwd: er wordt niet meer op geplaatst en het account gaat weg. Opgeheven: het account bestaat niet meer." />
      <TextField name="closedOn" label="Opgeheven op" type="date" defaultValue={channel?.closedOn}
        description="Alleen bij de status opgeheven: de dag waarop het account is verwijderd. Die dag kan niet in de toekomst liggen." />
      <TextareaField name="notes" label="Toelichting" rows={4} defaultValue={channel?.notes}
        description="Bijvoorbeeld het besluit of de raadsvraag waarin staat dat het account wordt opgeheven." />
    </>
  );
}

export function NewChannelForm({ choices }: { choices: ChannelFormChoices }) {
  return (
    <ActionForm action={createChannelAction}>
      <ChannelFields choices={choices} />
      <SubmitButton>Kanaal toevoegen</SubmitButton>
    </ActionForm>
  );
}

export function EditChannelForm({ channel, choices }: { channel: ChannelRow; choices: ChannelFormChoices }) {
  return (
    <ActionForm action={updateChannelAction}>
      <input type="hidden" name="id" value={channel.id} />
      <ChannelFields channel={channel} choices={choices} />
      <SubmitButton>Wijzigingen opslaan</SubmitButton>
    </ActionForm>
  );
}
