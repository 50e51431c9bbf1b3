import "server-only";
import { sendDueMail } from "@/lib/mail/worker";
import { transportFromEnv, type MailTransport } from "@/lib/mail/transport";
import type { Job } from "./job";

const BATCH = 20;

let transport: MailTransport | null | undefined;

/** Sends what the outbox holds. Without SMTP_HOST it does nothing: messages stay for the beheerder to read. */
export const mailJob: Job = {
  name: "mail",
  label: "e-mail versturen",
  everyMs: 10_000,
  runAtStart: true,
  run: async (db, now) => {
    // Read once per process: the SMTP settings come from the environment at start.
    if (transport === undefined) transport = transportFromEnv();
    if (!transport) return;
    // Keep going while full batches come back, so a large backlog does not wait 10 s per 20 messages.
    for (;;) {
      const { sent, failed } = await sendDueMail(db, transport, now, BATCH);
      if (sent + failed < BATCH) return;
    }
  },
};
