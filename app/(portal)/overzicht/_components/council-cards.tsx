import Link from "next/link";
import { getDb } from "@/db";
import { countCouncilQuestionsByState, listCouncilQuestions } from "@/db/queries/council-questions";
import { decisionsAtRisk, listDecisions } from "@/db/queries/decisions";
import { countUnreadMemos, listMemosForReader, listMemosWithReadRate } from "@/db/queries/memos";
import { can } from "@/lib/auth/permissions";
import type { Reader } from "@/lib/council/audiences";
import { questionStateLabels } from "@/lib/council-questions/answer-term";
import { formatDate } from "@/lib/dates";
import { progressLabels } from "@/lib/decisions/labels";
import { countOf } from "@/lib/plural";
import { percentOf } from "@/lib/policy/acknowledgement-overview";
import { Card } from "./card";

const SHOWN = 5;

/**
 * The griffie's start page (also the CISO's, who answers the raadsvragen): open raadsvragen by due date, the
 * read rate of the newest memos, and the decisions whose carrying-out is at risk.
 */
export async function GriffieCards({ today }: { today: string }) {
  const db = getDb();
  const [counts, questions, memos, atRisk] = await Promise.all([
    countCouncilQuestionsByState(db, today),
    listCouncilQuestions(db, { includeOpen: true, today }),
    listMemosWithReadRate(db, { limit: SHOWN }),
    decisionsAtRisk(db, today),
  ]);
  const open = questions.filter((q) => q.state !== "answered").slice(0, SHOWN);
  return (
    <>
      <Card title="Openstaande raadsvragen">
        <p className="utrecht-paragraph">
          {counts.overdue > 0 ? <strong className="portal-overdue">{counts.overdue} te laat</strong> : "Geen te laat"}
          {`, ${counts.due_soon} binnenkort, ${counts.open} op tijd, ${counts.answered} beantwoord.`}
        </p>
        {open.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {open.map((q) => (
              <li key={q.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/raadsvragen/${q.id}`}>{q.reference}: {q.subject}</Link>
                {" — "}antwoord uiterlijk {formatDate(q.dueOn)}{" "}
                {q.state === "overdue" ? <strong className="portal-overdue">({questionStateLabels[q.state].toLowerCase()})</strong> : `(${questionStateLabels[q.state].toLowerCase()})`}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="utrecht-paragraph"><Link className="utrecht-link" href="/raadsvragen">Naar de raadsvragen</Link></p>
      </Card>

      <Card title="Memo's en wie ze las">
        {memos.length === 0 ? <p className="utrecht-paragraph">Er is nog geen memo gepubliceerd.</p> : (
          <ul className="utrecht-unordered-list">
            {memos.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/memos/${m.id}`}>Memo {m.number}: {m.subject}</Link>
                {` — ${m.readCount} van ${m.audienceSize} gelezen (${percentOf(m.readCount, m.audienceSize)}%)`}
              </li>
            ))}
          </ul>
        )}
        <p className="utrecht-paragraph"><Link className="utrecht-link" href="/memos">Naar de memo&apos;s</Link></p>
      </Card>

      <Card title="Besluiten die aandacht nodig hebben">
        {atRisk.length === 0 ? <p className="utrecht-paragraph">Alle gepubliceerde besluiten liggen op schema.</p> : (
          <ul className="utrecht-unordered-list">
            {atRisk.slice(0, SHOWN).map((d) => (
              <li key={d.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/besluiten/${d.id}`}>Besluit {d.number}: {d.subject}</Link>
                {" — "}
                <strong className={d.progress === "overdue" ? "portal-overdue" : undefined}>{progressLabels[d.progress]}</strong>
                {d.nextMilestone ? `; volgende stap: ${d.nextMilestone.title}, uiterlijk ${formatDate(d.nextMilestone.dueOn)}` : null}
              </li>
            ))}
          </ul>
        )}
        <p className="utrecht-paragraph"><Link className="utrecht-link" href="/besluiten">Naar de collegebesluiten</Link></p>
      </Card>
    </>
  );
}

/** The raadslid's start page: unread memos, the answered raadsvragen and the decisions with their progress. */
export async function CouncilMemberCards({ viewer, today }: { viewer: Reader; today: string }) {
  const db = getDb();
  const [unread, inbox, answered, decisions] = await Promise.all([
    countUnreadMemos(db, viewer),
    listMemosForReader(db, viewer),
    can(viewer.roles, "questions.view") ? listCouncilQuestions(db, { includeOpen: false, today }) : [],
    can(viewer.roles, "decisions.view") ? listDecisions(db, { includeDrafts: false }, today) : [],
  ]);
  const unreadMemos = inbox.filter((m) => !m.readAt).slice(0, SHOWN);
  return (
    <>
      <Card title="Memo's voor u">
        <p className="utrecht-paragraph">{unread === 0 ? "U heeft alle memo's gelezen." : <strong>{countOf(unread, "ongelezen memo", "ongelezen memo's")}</strong>}</p>
        {unreadMemos.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {unreadMemos.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/memos/${m.id}`}>{m.subject}</Link> — {formatDate(m.memoDate)}, van {m.sender}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="utrecht-paragraph"><Link className="utrecht-link" href="/memos">Naar alle memo&apos;s</Link></p>
      </Card>

      <Card title="Beantwoorde raadsvragen">
        {answered.length === 0 ? <p className="utrecht-paragraph">Er zijn nog geen raadsvragen beantwoord.</p> : (
          <ul className="utrecht-unordered-list">
            {answered.slice(0, SHOWN).map((q) => (
              <li key={q.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/raadsvragen/${q.id}`}>{q.reference}: {q.subject}</Link> — {q.faction}
              </li>
            ))}
          </ul>
        )}
        <p className="utrecht-paragraph"><Link className="utrecht-link" href="/raadsvragen">Naar de raadsvragen</Link></p>
      </Card>

      <Card title="Collegebesluiten en hun uitvoering">
        {decisions.length === 0 ? <p className="utrecht-paragraph">Er is nog geen collegebesluit gepubliceerd.</p> : (
          <ul className="utrecht-unordered-list">
            {decisions.slice(0, SHOWN).map((d) => (
              <li key={d.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`/besluiten/${d.id}`}>Besluit {d.number}: {d.subject}</Link>
                {" — "}
                <strong className={d.progress === "overdue" ? "portal-overdue" : undefined}>{progressLabels[d.progress]}</strong>
              </li>
            ))}
          </ul>
        )}
        <p className="utrecht-paragraph"><Link className="utrecht-link" href="/besluiten">Naar de collegebesluiten</Link></p>
      </Card>
    </>
  );
}
