import type { Db } from "@/db/client";
import { getCouncilQuestion, type CouncilQuestionView } from "@/db/queries/council-questions";
import type { Role } from "@/db/schema/enums";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { can } from "@/lib/auth/permissions";

type Reader = { id: string; name: string; roles: Role[] };

/**
 * A raadsvraag as its page may show it. The griffie and the CISO see every one; other readers only those with a
 * published answer letter. For them an unanswered one does not exist (the same 404 as an unknown id, so nothing
 * leaks), and the attempt is logged as denied.
 */
export async function getVisibleCouncilQuestion(db: Db, viewer: Reader, id: number, ip: string | null): Promise<CouncilQuestionView | null> {
  const question = await getCouncilQuestion(db, id);
  if (!question) return null;
  if (question.answerPublishedAt || can(viewer.roles, "questions.view_open")) return question;
  await writeRefusalAudit(db, { actorId: viewer.id, actorLabel: viewer.name, action: "page.open", objectType: "council_question", objectId: id, ip });
  return null;
}
