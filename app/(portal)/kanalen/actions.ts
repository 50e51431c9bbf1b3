"use server";

import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { channels } from "@/db/schema";
import { insertChannel, isActiveDepartment, isOnCurrentList, otherChannelWithAccount, type ChannelFields } from "@/db/queries/channels";
import { action, ActionError } from "@/lib/action";
import type { LockRow } from "@/lib/record-lock";
import { createChannelSchema, updateChannelSchema, type ChannelInput } from "./schemas";

const REVALIDATE = ["/kanalen", "/overzicht"];
const pageOf = (id: number) => `/kanalen/${id}`;

const duplicate = (platform: string, account: string) =>
  new ActionError(`${account} op ${platform} staat al in het register.`, {
    account: [`Dit account staat al in het register bij ${platform}. Open dat kanaal en wijzig het daar.`],
  });

const fieldsOf = (input: ChannelInput): ChannelFields => ({
  platform: input.platform, account: input.account, url: input.url, departmentId: input.departmentId,
  appId: input.appId, status: input.status, closedOn: input.closedOn, notes: input.notes,
});

/**
 * The department must still be in use and the app on the list in force. An entry keeps the department or
 * app it already had, even when that one has since been deactivated or left the list.
 */
async function checkReferences(tx: Tx, fields: ChannelFields, current?: { departmentId: number | null; appId: number | null }) {
  const errors: Record<string, string[]> = {};
  if (fields.departmentId && fields.departmentId !== current?.departmentId && !(await isActiveDepartment(tx, fields.departmentId))) {
    errors.departmentId = ["Kies een afdeling uit de lijst."];
  }
  if (fields.appId && fields.appId !== current?.appId && !(await isOnCurrentList(tx, fields.appId))) {
    errors.appId = ["Kies een app van de lijst die nu geldt, of Geen app op de lijst."];
  }
  if (Object.keys(errors).length) throw new ActionError("Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", errors);
}

export const createChannelAction = action(
  { name: "channel.create", schema: createChannelSchema, permission: "channels.manage" },
  async (input, { tx, audit }) => {
    const fields = fieldsOf(input);
    await checkReferences(tx, fields);
    const row = await insertChannel(tx, fields);
    if (!row) throw duplicate(fields.platform, fields.account);
    await audit({ action: "channel.create", objectType: "communication_channel", objectId: row.id, after: fields });
    return { message: `${fields.account} op ${fields.platform} staat nu in het register.`, redirectTo: "/kanalen", revalidate: REVALIDATE };
  },
);

export const updateChannelAction = action(
  {
    name: "channel.update", schema: updateChannelSchema, permission: "channels.manage",
    // Locked until the change and its audit row are committed: parallel edits wait for each other.
    record: { load: (input: { id: number }, lock: LockRow) => lock(channels, input.id), missing: "Dit communicatiekanaal bestaat niet (meer)." },
  },
  async (input, { tx, audit, record: channel }) => {
    const fields = fieldsOf(input);
    await checkReferences(tx, fields, channel);
    if ((await otherChannelWithAccount(tx, fields.platform, fields.account, channel.id)) !== null) throw duplicate(fields.platform, fields.account);
    const changed = (Object.keys(fields) as (keyof ChannelFields)[]).filter((key) => fields[key] !== channel[key]);
    if (changed.length === 0) return { message: "Er was niets veranderd; het kanaal is gebleven zoals het was.", redirectTo: pageOf(channel.id) };
    await tx.update(channels).set({ ...fields, updatedAt: new Date() }).where(eq(channels.id, channel.id));
    await audit({
      action: "channel.update", objectType: "communication_channel", objectId: channel.id,
      before: Object.fromEntries(changed.map((key) => [key, channel[key]])), after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
    });
    return { message: `${fields.account} op ${fields.platform} is opgeslagen.`, redirectTo: pageOf(channel.id), revalidate: [...REVALIDATE, pageOf(channel.id)] };
  },
);
