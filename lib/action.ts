import "server-only";
import { headers, cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod-nl";
import { getDb } from "@/db";
import type { Tx } from "@/db/client";
import { writeAudit, type AuditInput } from "@/lib/audit/chain";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { can, type Permission } from "@/lib/auth/permissions";
import { clientIpFrom } from "@/lib/request";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { FLASH_COOKIE } from "@/lib/flash";
import { controlCharFieldErrors, formDataToObject, zodFieldErrors } from "@/lib/form-data";
import { rowLocker, type LockedRecord, type LockRow } from "@/lib/record-lock";
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

export type ActionContext<R = undefined> = {
  viewer: Viewer;
  tx: Tx;
  /** The record declared in `record`, loaded and locked; undefined for actions without one. */
  record: R;
  /** Locks another row this action checks, until the transaction ends. */
  lock: LockRow;
  /** Writes the audit row inside the same transaction as the change. */
  audit: (event: Pick<AuditInput, "action" | "objectType" | "objectId" | "before" | "after">) => Promise<void>;
};

export type ActionOutcome = { message: string; redirectTo?: string; revalidate?: string[]; data?: unknown };

/**
 * The record an action checks and changes, declared next to the permission. `load` gets only a
 * locking reader, so the row it checks stays locked (FOR UPDATE) until the change and its audit row
 * are committed: parallel identical requests wait for each other, and only the first one passes.
 */
export type RecordRule<Input, R> = {
  load: (input: Input, lock: LockRow) => Promise<R | null>;
  /** Dutch message when there is no such record. */
  missing: string;
  /** Record-level right (own records only, the audience of a memo, a second approver). A refusal is logged like a missing permission. */
  allow?: (viewer: Viewer, record: R, input: Input) => boolean;
  /** Whether the record's state allows the change: null, or a Dutch refusal such as "staat al niet meer op de lijst". */
  check?: (record: R, input: Input) => string | null;
};

/**
 * A record-level refusal found only in the handler (a rule that needs a query, such as the audience of a
 * policy version): rolls back and is logged as denied, like a failed `allow`. `shown` replaces the usual
 * message, e.g. with the one for a missing record, so someone else's record cannot be told from none.
 */
export class RecordDenied extends Error {
  constructor(readonly target: LockedRecord | undefined, readonly shown?: string) {
    super("record denied");
  }
}

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

const schemas = new WeakMap<object, z.ZodType>();

/** The schema an action validates its form with, so a property test can fill every field. */
export function actionSchema(run: object): z.ZodType | undefined {
  return schemas.get(run);
}

/**
 * The one path for every mutation: session → permission → zod → record check → one transaction
 * with the audit row → revalidate → redirect. Denied attempts are logged as well.
 */
export function action<S extends z.ZodType, R = undefined>(
  options: { name: string; schema: S; permission: Permission; record?: RecordRule<z.infer<S>, R> },
  handler: (input: z.infer<S>, ctx: ActionContext<R>) => Promise<ActionOutcome>,
) {
  async function run(_prev: ActionState, formData: FormData): Promise<ActionState> {
    const requestHeaders = await headers();
    const ip = clientIpFrom(requestHeaders);
    const db = getDb();

    if (requestHeaders.get("sec-fetch-site") === "cross-site") {
      return { ok: false, message: "Dit verzoek kwam van een andere website en is geweigerd." };
    }
    const viewer = await getViewer();
    if (!viewer || !can(viewer.roles, options.permission)) {
      await writeRefusalAudit(db, {
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
    const unreadable = controlCharFieldErrors(formData);
    if (Object.keys(unreadable).length > 0) {
      return { ok: false, message: "Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", fieldErrors: unreadable, values: keepValues(raw) };
    }
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, message: "Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", fieldErrors: zodFieldErrors(parsed.error), values: keepValues(raw) };
    }

    let outcome: ActionOutcome;
    try {
      outcome = await db.transaction(async (tx) => {
        const { lock, locked } = rowLocker(tx);
        const rule = options.record;
        const record = rule ? await rule.load(parsed.data, lock) : undefined;
        if (rule) {
          if (record == null) throw new ActionError(rule.missing);
          if (rule.allow && !rule.allow(viewer, record, parsed.data)) throw new RecordDenied(locked[0]);
          const refusal = rule.check?.(record, parsed.data);
          if (refusal) throw new ActionError(refusal);
        }
        return handler(parsed.data, {
          viewer,
          tx,
          record: record as R,
          lock,
          audit: (event) => writeAudit(tx, { ...event, actorId: viewer.id, actorLabel: viewer.name, result: "success", ip }),
        });
      });
    } catch (error) {
      if (error instanceof RecordDenied) {
        await writeRefusalAudit(db, {
          actorId: viewer.id,
          actorLabel: viewer.name,
          action: options.name,
          objectType: error.target?.objectType ?? "record",
          objectId: error.target?.objectId ?? null,
          result: "denied",
          ip,
        });
        return { ok: false, message: error.shown ?? "U heeft geen toestemming voor deze handeling." };
      }
      if (error instanceof ActionError) {
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values: keepValues(raw) };
      }
      if (isUniqueViolation(error)) {
        return { ok: false, ...describeUniqueViolation(error, Object.keys(raw)), values: keepValues(raw) };
      }
      if (isDataException(error)) {
        // A value the schema let through but the database refuses: say so instead of a crash page.
        console.error(`action ${options.name}: the database refused a value`, error);
        return { ok: false, message: "Een van de waarden kan niet worden opgeslagen. Controleer de velden en probeer het opnieuw.", values: keepValues(raw) };
      }
      throw error;
    }

    for (const path of outcome.revalidate ?? []) revalidatePath(path);
    if (outcome.redirectTo) {
      (await cookies()).set(FLASH_COOKIE, encodeURIComponent(outcome.message), { path: "/", maxAge: 30, sameSite: "lax" });
      redirect(outcome.redirectTo);
    }
    return { ok: true, message: outcome.message, data: outcome.data };
  }
  schemas.set(run, options.schema);
  return run;
}

function sqlState(error: unknown): string | undefined {
  return (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
}

function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505";
}

// SQLSTATE class 22: a value out of range, an impossible date, a NUL byte in text.
function isDataException(error: unknown): boolean {
  return /^22[0-9A-Z]{3}$/.test(sqlState(error) ?? "");
}
