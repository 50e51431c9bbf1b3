import { and, desc, inArray, isNotNull, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { councilQuestions, decisions, memos, policyVersions } from "@/db/schema";
import type { LinkKind } from "@/db/schema/enums";
import { linkedEnds } from "@/db/queries/cross-references";
import { can } from "@/lib/auth/permissions";
import { memoVisibility, type Reader } from "@/lib/council/audiences";
import { linkKindLabels, type LinkEnd } from "@/lib/links/kinds";

type Conn = Db | Tx;

export type LinkedItem = LinkEnd & { linkId: number; title: string; href: string | null };
export type LinkCandidate = LinkEnd & { title: string };

type Titled = { id: number; title: string; href: string | null };

/**
 * The items of one kind that the reader may see, with a title and the page to open. The same visibility as the
 * pages themselves: drafts and open raadsvragen only for those who work on them, memos only for their audience.
 */
async function visibleOfKind(db: Conn, reader: Reader, kind: LinkKind, ids: number[] | "all", limit = 300): Promise<Titled[]> {
  const only = (column: Parameters<typeof inArray>[0]): SQL | undefined => (ids === "all" ? undefined : inArray(column, ids.length ? ids : [-1]));
  switch (kind) {
    case "memo": {
      const rows = await db
        .select({ id: memos.id, number: memos.number, subject: memos.subject })
        .from(memos)
        .where(and(only(memos.id), await memoVisibility(db, reader)))
        .orderBy(desc(memos.id))
        .limit(limit);
      return rows.map((r) => ({ id: r.id, title: `Memo ${r.number ?? "(concept)"}: ${r.subject}`, href: `/memos/${r.id}` }));
    }
    case "decision": {
      const rows = await db
        .select({ id: decisions.id, number: decisions.number, subject: decisions.subject, publishedAt: decisions.publishedAt })
        .from(decisions)
        .where(and(only(decisions.id), can(reader.roles, "decisions.manage") ? undefined : isNotNull(decisions.publishedAt)))
        .orderBy(desc(decisions.decidedOn), desc(decisions.id))
        .limit(limit);
      return rows.map((r) => ({ id: r.id, title: `Collegebesluit ${r.number}${r.publishedAt ? "" : " (concept)"}: ${r.subject}`, href: `/besluiten/${r.id}` }));
    }
    case "council_question": {
      const rows = await db
        .select({ id: councilQuestions.id, reference: councilQuestions.reference, subject: councilQuestions.subject })
        .from(councilQuestions)
        .where(and(only(councilQuestions.id), can(reader.roles, "questions.view_open") ? undefined : isNotNull(councilQuestions.answerPublishedAt)))
        .orderBy(desc(councilQuestions.receivedOn), desc(councilQuestions.id))
        .limit(limit);
      return rows.map((r) => ({ id: r.id, title: `Raadsvraag ${r.reference}: ${r.subject}`, href: `/raadsvragen/${r.id}` }));
    }
    case "policy_version": {
      const manager = can(reader.roles, "policy.manage");
      const rows = await db
        .select({ id: policyVersions.id, number: policyVersions.number, title: policyVersions.title })
        .from(policyVersions)
        // Only published versions: a draft has no page of its own and may still be thrown away.
        .where(and(only(policyVersions.id), isNotNull(policyVersions.publishedAt)))
        .orderBy(desc(policyVersions.id))
        .limit(limit);
      // Readers have no page per version (see pointCurrentPolicy).
      return rows.map((r) => ({ id: r.id, title: `Beleidsversie ${r.number}: ${r.title}`, href: manager ? `/beleid/${r.id}` : null }));
    }
  }
}

/** The "zie ook" list of an item, for this reader: links to items they may not see are left out. */
export async function visibleLinks(db: Conn, reader: Reader, end: LinkEnd): Promise<LinkedItem[]> {
  const ends = await linkedEnds(db, end);
  const byKind = new Map<LinkKind, number[]>();
  for (const e of ends) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.id]);
  const titled = new Map<string, Titled>();
  for (const [kind, ids] of byKind) {
    for (const t of await visibleOfKind(db, reader, kind, ids)) titled.set(`${kind}:${t.id}`, t);
  }
  if (byKind.has("policy_version")) await pointCurrentPolicy(db, reader, titled);
  return ends.flatMap((e) => {
    const t = titled.get(`${e.kind}:${e.id}`);
    return t ? [{ ...e, title: t.title, href: t.href }] : [];
  });
}

// For a reader, the version in force links to the public policy page; older versions are named without a link.
async function pointCurrentPolicy(db: Conn, reader: Reader, titled: Map<string, Titled>) {
  if (can(reader.roles, "policy.manage")) return;
  const [current] = await db.select({ id: policyVersions.id }).from(policyVersions).where(isNotNull(policyVersions.number)).orderBy(desc(policyVersions.number)).limit(1);
  const entry = current ? titled.get(`policy_version:${current.id}`) : undefined;
  if (entry) entry.href = "/beleid-openbaar";
}

/** What a griffier or CISO can link this item to: every item they may see, minus itself and what is linked already. */
export async function linkCandidates(db: Conn, reader: Reader, end: LinkEnd): Promise<{ kind: LinkKind; label: string; items: LinkCandidate[] }[]> {
  const taken = new Set((await linkedEnds(db, end)).map((e) => `${e.kind}:${e.id}`));
  taken.add(`${end.kind}:${end.id}`);
  const kinds: LinkKind[] = ["council_question", "decision", "memo", "policy_version"];
  const groups = [];
  for (const kind of kinds) {
    const items = (await visibleOfKind(db, reader, kind, "all")).filter((t) => !taken.has(`${kind}:${t.id}`));
    groups.push({ kind, label: linkKindLabels[kind], items: items.map((t) => ({ kind, id: t.id, title: t.title })) });
  }
  return groups;
}

/** Whether the item exists and the reader may see it: one may only link what one can open. */
export async function isVisibleEnd(db: Conn, reader: Reader, end: LinkEnd): Promise<boolean> {
  return (await visibleOfKind(db, reader, end.kind, [end.id])).length === 1;
}
