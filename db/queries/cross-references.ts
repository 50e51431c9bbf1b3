import { and, eq, or } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { crossReferences } from "@/db/schema";
import type { LinkKind } from "@/db/schema/enums";

type Conn = Db | Tx;
type LinkEnd = { kind: LinkKind; id: number };

/** The other end of every link that touches this item, whichever page the link was made on. */
export async function linkedEnds(db: Conn, end: LinkEnd): Promise<(LinkEnd & { linkId: number })[]> {
  const rows = await db
    .select()
    .from(crossReferences)
    .where(
      or(
        and(eq(crossReferences.fromKind, end.kind), eq(crossReferences.fromId, end.id)),
        and(eq(crossReferences.toKind, end.kind), eq(crossReferences.toId, end.id)),
      ),
    )
    .orderBy(crossReferences.id);
  return rows.map((r) =>
    r.fromKind === end.kind && r.fromId === end.id ? { linkId: r.id, kind: r.toKind, id: r.toId } : { linkId: r.id, kind: r.fromKind, id: r.fromId },
  );
}
