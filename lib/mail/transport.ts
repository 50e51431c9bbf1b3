import nodemailer from "nodemailer";

export type OutgoingMail = { to: string; subject: string; text: string; messageId: string };

/** What the worker needs from a mail server: a sender address and a way to hand over one message. */
export type MailTransport = { from: string; send: (mail: OutgoingMail) => Promise<void> };

export type SmtpConfig = { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };

const DEFAULT_FROM = "Weerbare apps <noreply@localhost>";

/** The mail server from the environment, or null when SMTP_HOST is not set (the embedded demo): then nothing is sent. */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const secure = /^(1|true|ja|yes)$/i.test(env.SMTP_SECURE ?? "");
  return {
    host,
    port: Number(env.SMTP_PORT) || (secure ? 465 : 587),
    secure,
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    from: env.MAIL_FROM?.trim() || DEFAULT_FROM,
  };
}

export function isMailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return smtpConfigFromEnv(env) !== null;
}

// Short timeouts: a mail server that hangs must not keep a batch of the worker waiting for minutes.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export function createSmtpTransport(config: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password ?? "" } : undefined,
    ...TIMEOUTS,
  });
  return {
    from: config.from,
    send: async (mail) => {
      await transporter.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
  };
}

/** The transport the running portal uses, or null without SMTP_HOST. */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): MailTransport | null {
  const config = smtpConfigFromEnv(env);
  return config ? createSmtpTransport(config) : null;
}
