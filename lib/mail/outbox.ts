import type { Tx } from "@/db/client";
import { outboxMessages } from "@/db/schema";

export type MailInput = { to: string; subject: string; body: string; kind: string };

/**
 * Puts an e-mail in the outbox inside the caller's transaction: it exists exactly when the change
 * that caused it was committed. The mail worker (lib/mail/worker.ts) sends it later.
 */
export async function enqueueMail(tx: Tx, mail: MailInput, now = new Date()): Promise<number> {
  const [row] = await tx
    .insert(outboxMessages)
    .values({ recipient: mail.to, subject: mail.subject, body: mail.body, kind: mail.kind, createdAt: now, nextAttemptAt: now })
    .returning({ id: outboxMessages.id });
  return row.id;
}

/**
 * A link into the portal for a mail text: the public origin from AUTH_URL or APP_URL, so a link
 * works wherever the mail is read. Without either (the embedded demo) it falls back to localhost.
 */
export function portalLink(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const origin = (env.AUTH_URL || env.APP_URL || `http://localhost:${env.PORT ?? "3000"}`).replace(/\/+$/, "");
  return `${origin}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The closing lines every mail from the portal ends with. */
export const MAIL_FOOTER = "\n\nDit bericht is automatisch verstuurd door het portaal Weerbare apps van uw gemeente. U kunt er niet op antwoorden.";
