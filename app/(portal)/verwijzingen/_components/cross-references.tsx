import Link from "next/link";
import { getDb } from "@/db";
import { linkCandidates, visibleLinks } from "@/lib/links/visible";
import type { LinkKind } from "@/db/schema/enums";
import { can } from "@/lib/auth/permissions";
import type { Reader } from "@/lib/council/audiences";
import { linkValue } from "@/lib/links/kinds";
import { AddLinkForm, RemoveLinkForm } from "./cross-reference-forms";

/**
 * "Zie ook": the raadsvragen, decisions, memos and policy versions this item refers to, or that refer to it.
 * The griffie and the CISO add and remove links here; readers see only the items they may open.
 */
export async function CrossReferences({ kind, id, viewer }: { kind: LinkKind; id: number; viewer: Reader }) {
  const db = getDb();
  const here = { kind, id };
  const manage = can(viewer.roles, "links.manage");
  const [links, candidates] = await Promise.all([visibleLinks(db, viewer, here), manage ? linkCandidates(db, viewer, here) : Promise.resolve([])]);
  if (!manage && links.length === 0) return null;
  const groups = candidates
    .filter((g) => g.items.length > 0)
    .map((g) => ({ label: g.label, options: g.items.map((item) => ({ value: linkValue(item), label: item.title })) }));
  return (
    <section aria-labelledby="zie-ook" className="mb-10 max-w-3xl">
      <h2 id="zie-ook" className="utrecht-heading-2 mb-4">Zie ook</h2>
      {links.length === 0 ? (
        <p className="utrecht-paragraph mb-4">Dit stuk verwijst nog niet naar een raadsvraag, besluit, memo of beleidsversie.</p>
      ) : (
        <ul className="utrecht-unordered-list mb-6">
          {links.map((link) => (
            <li key={link.linkId} className="utrecht-unordered-list__item">
              <span className="flex flex-wrap items-center gap-3">
                <span>
                  {link.href ? <Link href={link.href} className="utrecht-link">{link.title}</Link> : link.title}
                </span>
                {manage ? <RemoveLinkForm here={here} linkId={link.linkId} title={link.title} /> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {manage ? (groups.length > 0 ? <AddLinkForm here={here} groups={groups} /> : <p className="utrecht-paragraph">Er zijn geen andere stukken om naar te verwijzen.</p>) : null}
    </section>
  );
}
