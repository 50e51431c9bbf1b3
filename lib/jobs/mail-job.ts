import "server-only";
import { sendDueMail } from "@/lib/mail/worker";
import { createSmtpTransport, smtpConfigFromEnv, type MailTransport } from "@/lib/mail/transport";
import type { Job } from "./job";

const BATCH = 20;

let cached: { key: string; transport: MailTransport } | null = null;

// The transport for the current settings, made once per settings (a change of SMTP_* takes effect without a new transport every run).
function currentTransport(): MailTransport | null {
  const config = smtpConfigFromEnv();
  if (!config) return null;
  const key = JSON.stringify(config);
  if (cached?.key !== key) cached = { key, transport: createSmtpTransport(config) };
  return cached.transport;
}

/** Sends what the outbox holds. Without SMTP_HOST it does nothing: messages stay for the beheerder to read. */
export const mailJob: Job = {
  name: "mail",
  label: "e-mail versturen",
  everyMs: 10_000,
  runAtStart: true,
  run: async (db, now) => {
    const transport = currentTransport();
    if (!transport) return;
    // Keep going while full batches come back, so a large backlog does not wait 10 s per 20 messages.
    for (;;) {
      const { sent, failed } = await sendDueMail(db, transport, now, BATCH);
      if (sent + failed < BATCH) return;
    }
  },
};
