"use server";

import { NothingToPublishError, publishListVersion } from "@/db/queries/list-versions";
import { action, ActionError } from "@/lib/action";
import { publishSchema } from "./schemas";

export const publishListAction = action(
  { name: "list.publish", schema: publishSchema, permission: "lists.publish" },
  async ({ note }, { tx, viewer, audit }) => {
    let version;
    try {
      version = await publishListVersion(tx, { userId: viewer.id, name: viewer.name }, note);
    } catch (error) {
      if (error instanceof NothingToPublishError) throw new ActionError("Er zijn geen wijzigingen om te publiceren. Het concept is gelijk aan de laatste lijstversie.");
      throw error;
    }
    await audit({ action: "list.publish", objectType: "list_version", objectId: version.number, after: { number: version.number, note, changelog: version.changelog } });
    return {
      message: `Lijstversie ${version.number} is gepubliceerd. Iedereen ziet nu deze lijst.`,
      redirectTo: `/lijsten/versies/${version.number}`,
      revalidate: ["/", "/lijsten", "/lijsten/versies"],
    };
  },
);
