import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getVisibleCouncilQuestion } from "@/lib/council-questions/access";
import { parseRecordId } from "@/lib/params";
import { clientIp } from "@/lib/request";

/** The viewer (with the permission) and the raadsvraag they may see, or the 403 / 404 page. */
export async function loadQuestionPage(params: Promise<{ id: string }>, permission: Permission) {
  const viewer = await requirePermission(permission);
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const question = await getVisibleCouncilQuestion(getDb(), viewer, id, await clientIp());
  if (!question) notFound();
  return { viewer, question };
}
