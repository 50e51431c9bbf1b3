import type { EvidenceKind, PublicCouncilQuestion, PublicDecision } from "@/db/queries/council-open-data";
import type { DecisionStatus } from "@/db/schema/enums";
import { todayIso } from "@/lib/dates";
import { decisionProgress, type Progress } from "@/lib/decisions/progress";
import { link } from "./respond";

// How raadsvragen and collegebesluiten look to the outside. Property names follow the list API (Dutch camelCase,
// dates ending in Op where they are a moment of something happening) and, where the VNG ODS Open Raadsinformatie
// model has a word for it, that word: indiener, fractie, vraagtype, informatieobjecttype. /open-data explains
// the mapping to people; keep the two in step.

export const apiDecisionStatuses: Record<DecisionStatus, string> = {
  in_progress: "in-uitvoering",
  completed: "uitgevoerd",
  withdrawn: "ingetrokken",
};

export const apiProgress: Record<Progress, string> = {
  on_track: "op-schema",
  at_risk: "risico",
  overdue: "te-laat",
  done: "afgerond",
  stopped: "gestopt",
};

export const apiEvidenceKinds: Record<EvidenceKind, string> = { memo: "memo", policy_version: "beleidsversie", list_version: "lijstversie" };

// The ODS informatieobjecttype of each published document.
export const QUESTIONS_DOCUMENT_TYPE = "schriftelijke vragen";
export const ANSWER_DOCUMENT_TYPE = "beantwoording";
export const DECISION_DOCUMENT_TYPE = "besluit";

export function toApiCouncilQuestion(question: PublicCouncilQuestion, request: Request) {
  return {
    id: question.id,
    kenmerk: question.reference,
    onderwerp: question.subject,
    vraagtype: question.questionType,
    informatieobjecttype: QUESTIONS_DOCUMENT_TYPE,
    indiener: question.submitters,
    fractie: question.faction,
    ontvangenOp: question.receivedOn,
    artikelReglementVanOrde: question.rulesArticle,
    inleiding: question.introduction,
    vragen: question.items.map((item) => ({ nummer: item.number, vraag: item.question, antwoord: item.answer })),
    antwoord: {
      informatieobjecttype: ANSWER_DOCUMENT_TYPE,
      datum: question.answerLetterDate,
      ondertekenaars: question.signatories,
      gepubliceerdOp: question.answerPublishedAt.toISOString(),
    },
    _links: { self: link(request, `/raadsvragen/${question.id}`) },
  };
}

/** `today` is the Amsterdam date the progress is measured on, as on the decisions pages. */
export function toApiDecision(decision: PublicDecision, request: Request, today = todayIso()) {
  return {
    id: decision.id,
    nummer: decision.number,
    datum: decision.decidedOn,
    onderwerp: decision.subject,
    informatieobjecttype: DECISION_DOCUMENT_TYPE,
    beslispunten: decision.decisionPoints,
    argumenten: decision.arguments,
    kanttekeningen: decision.considerations,
    financien: decision.finances,
    communicatie: decision.communication,
    status: apiDecisionStatuses[decision.status],
    voortgang: apiProgress[decisionProgress(decision, today)],
    gepubliceerdOp: decision.publishedAt.toISOString(),
    mijlpalen: decision.milestones.map((m) => ({
      titel: m.title,
      streefdatum: m.dueOn,
      gereedOp: m.doneOn,
      bewijs: m.evidence ? toApiEvidence(m.evidence, request) : null,
    })),
    bijlagen: decision.attachments.map((a) => ({ titel: a.title, bestandsnaam: a.fileName, grootte: a.sizeBytes })),
    _links: { self: link(request, `/besluiten/${decision.id}`) },
  };
}

function toApiEvidence(evidence: { kind: EvidenceKind; number: number }, request: Request) {
  const soort = apiEvidenceKinds[evidence.kind];
  // Only a list version is itself in this API; the others are named by their number.
  if (evidence.kind === "list_version") return { soort, nummer: evidence.number, _links: { self: link(request, `/lijstversies/${evidence.number}`) } };
  return { soort, nummer: evidence.number };
}
