import { headers, cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod-nl";
import { getDb } from "@/db";
import type { Tx } from "@/db/client";
import { writeAudit, writeStandaloneAudit, type AuditInput } from "@/lib/audit/chain";
import { can, type Permission } from "@/lib/auth/permissions";
import { clientIpFrom } from "@/lib/request";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { FLASH_COOKIE } from "@/lib/flash";
import { formDataToObject, zodFieldErrors } from "@/lib/form-data";
import { describeUniqueViolation } from "@/lib/unique-violations";

export type FieldErrors = Record<string, string[]>;
export type ActionState = {
  ok: boolean;
  message: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, so a form with errors keeps every value (secrets excluded). */
  values?: Record<string, string | string[]>;
  /** What a successful action hands back to its form, such as a preview; shape defined by that action. */
  data?: unknown;
} | null;

export type ActionContext = {
  viewer: Viewer;
  tx: Tx;
  /** Writes the audit row inside the same transaction as the change. */
  audit: (event: Pick<AuditInput, "action" | "objectType" | "objectId" | "before" | "after">) => Promise<void>;
};

export type ActionOutcome = { message: string; redirectTo?: string; revalidate?: string[]; data?: unknown };

/** A record-level refusal (wrong state, duplicate, not yours): rolls the transaction back, shows the message. */
export class ActionError extends Error {
  constructor(message: string, readonly fieldErrors?: FieldErrors) {
    super(message);
  }
}

const SECRET_FIELD = /password|wachtwoord|token/i;
const isText = (v: unknown): v is string | string[] =>
  typeof v === "string" || (Array.isArray(v) && v.every((item) => typeof item === "string"));
const keepValues = (raw: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(raw).filter(([k, v]) => isText(v) && !SECRET_FIELD.test(k))) as Record<string, string | string[]>;

/**
 * The one path for every mutation: session → permission → zod → record check → one transaction
 * with the audit row → revalidate → redirect. Denied attempts are logged as well.
 */
export function action<S extends z.ZodType>(
  options: { name: string; schema: S; permission: Permission },
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionOutcome>,
) {
  return async function run(_prev: ActionState, formData: FormData): Promise<ActionState> {
    const requestHeaders = await headers();
    const ip = clientIpFrom(requestHeaders);
    const db = getDb();

    if (requestHeaders.get("sec-fetch-site") === "cross-site") {
      return { ok: false, message: "Dit verzoek kwam van een andere website en is geweigerd." };
    }
    const viewer = await getViewer();
    if (!viewer || !can(viewer.roles, options.permission)) {
      await writeStandaloneAudit(db, {
        actorId: viewer?.id ?? null,
        actorLabel: viewer?.name ?? "anoniem",
        action: options.name,
        objectType: "permission",
        objectId: options.permission,
        result: "denied",
        ip,
      });
      return {
        ok: false,
        message: viewer ? "U heeft geen toestemming voor deze handeling." : "U bent niet ingelogd. Log opnieuw in en probeer het nog eens.",
      };
    }

    const raw = formDataToObject(formData);
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, message: "Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", fieldErrors: zodFieldErrors(parsed.error), values: keepValues(raw) };
    }

    let outcome: ActionOutcome;
    try {
      outcome = await db.transaction(async (tx) =>
        handler(parsed.data, {
          viewer,
          tx,
          audit: (event) => writeAudit(tx, { ...event, actorId: viewer.id, actorLabel: viewer.name, result: "success", ip }),
        }),
      );
    } catch (error) {
      if (error instanceof ActionError) {
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values: keepValues(raw) };
      }
      if (isUniqueViolation(error)) {
        return { ok: false, ...describeUniqueViolation(error, Object.keys(raw)), values: keepValues(raw) };
      }
      throw error;
    }

    for (const path of outcome.revalidate ?? []) revalidatePath(path);
    if (outcome.redirectTo) {
      (await cookies()).set(FLASH_COOKIE, encodeURIComponent(outcome.message), { path: "/", maxAge: 30, sameSite: "lax" });
      redirect(outcome.redirectTo);
    }
    return { ok: true, message: outcome.message, data: outcome.data };
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  return code === "23505";
}
