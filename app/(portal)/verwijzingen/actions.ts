"use server";

import { eq } from "drizzle-orm";
import { crossReferences } from "@/db/schema";
import { isVisibleEnd } from "@/lib/links/visible";
import { action, ActionError } from "@/lib/action";
import { linkKindLabels, orderedPair, type LinkEnd } from "@/lib/links/kinds";
import { pageOf } from "@/lib/links/pages";
import { addLinkSchema, removeLinkSchema } from "@/lib/links/schemas";

const describe = (end: LinkEnd) => `${linkKindLabels[end.kind].toLowerCase()} ${end.id}`;

/**
 * Links two items ("zie ook"). Both must exist and be visible to the griffier or CISO who links them. A link made
 * twice, from either page or in fifty parallel requests, ends at the unique index: one row, and a clear message.
 */
export const addLinkAction = action(
  { name: "link.create", schema: addLinkSchema, permission: "links.manage" },
  async ({ fromKind, fromId, target }, { viewer, tx, audit }) => {
    const here = { kind: fromKind, id: fromId };
    if (!(await isVisibleEnd(tx, viewer, here))) throw new ActionError("Dit stuk bestaat niet (meer).");
    if (target.kind === here.kind && target.id === here.id) {
      throw new ActionError("Een stuk kan niet naar zichzelf verwijzen.", { target: ["Kies een ander stuk."] });
    }
    if (!(await isVisibleEnd(tx, viewer, target))) {
      throw new ActionError("Het gekozen stuk bestaat niet (meer).", { target: ["Kies een stuk uit de lijst."] });
    }
    const { from, to } = orderedPair(here, target);
    const [row] = await tx
      .insert(crossReferences)
      .values({ fromKind: from.kind, fromId: from.id, toKind: to.kind, toId: to.id, createdById: viewer.id })
      .returning({ id: crossReferences.id });
    await audit({ action: "link.create", objectType: "cross_reference", objectId: row.id, after: { from, to } });
    return { message: `De verwijzing naar ${describe(target)} is toegevoegd.`, redirectTo: pageOf(here), revalidate: [pageOf(here), pageOf(target)] };
  },
);

export const removeLinkAction = action(
  {
    name: "link.remove",
    schema: removeLinkSchema,
    permission: "links.manage",
    record: { load: (input, lock) => lock(crossReferences, input.id), missing: "Deze verwijzing bestaat niet (meer)." },
  },
  async ({ id, fromKind, fromId }, { tx, audit, record }) => {
    await tx.delete(crossReferences).where(eq(crossReferences.id, id));
    const from = { kind: record.fromKind, id: record.fromId };
    const to = { kind: record.toKind, id: record.toId };
    await audit({ action: "link.remove", objectType: "cross_reference", objectId: id, before: { from, to } });
    const here = { kind: fromKind, id: fromId };
    return { message: "De verwijzing is verwijderd.", redirectTo: pageOf(here), revalidate: [pageOf(from), pageOf(to)] };
  },
);
