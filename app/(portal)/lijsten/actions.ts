"use server";

import { NothingToPublishError, publishListVersion } from "@/lib/lists/publish";
import { action, ActionError } from "@/lib/action";
import { changelogFingerprint } from "@/lib/lists/changelog-fingerprint";
import { publishSchema } from "./schemas";

export const publishListAction = action(
  { name: "list.publish", schema: publishSchema, permission: "lists.publish" },
  async ({ note, concept }, { tx, viewer, audit }) => {
    let version;
    try {
      version = await publishListVersion(tx, { userId: viewer.id, name: viewer.name }, note);
    } catch (error) {
      if (error instanceof NothingToPublishError) throw new ActionError("Er zijn geen wijzigingen om te publiceren. Het concept is gelijk aan de laatste lijstversie.");
      throw error;
    }
    if (changelogFingerprint(version.number, version.changelog) !== concept) {
      throw new ActionError("De wijzigingen zijn veranderd sinds u ze bekeek. Laad deze pagina opnieuw, bekijk de wijzigingen en bevestig dan.", { bevestigd: ["Bekijk de wijzigingen opnieuw: iemand heeft het concept intussen veranderd of een versie gepubliceerd."] });
    }
    await audit({ action: "list.publish", objectType: "list_version", objectId: version.number, after: { number: version.number, note, contentHash: version.contentHash, changelog: version.changelog } });
    return {
      message: `Lijstversie ${version.number} is gepubliceerd. Iedereen ziet nu deze lijst.`,
      redirectTo: `/lijsten/versies/${version.number}`,
      revalidate: ["/", "/lijsten", "/lijsten/versies"],
    };
  },
);
