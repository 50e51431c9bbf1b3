"use server";

import { and, eq, inArray } from "drizzle-orm";
import { exemptions, users } from "@/db/schema";
import { getRequester } from "@/db/queries/exemptions";
import type { Tx } from "@/db/client";
import { action, ActionError } from "@/lib/action";
import type { Viewer } from "@/lib/auth/session";
import { listRequestableApps } from "@/lib/exemptions/apps";
import { approvedMail, rejectedMail, revokedMail } from "@/lib/exemptions/mails";
import { decisionRefusal, isOpen } from "@/lib/exemptions/rules";
import { approveSchema, conditionsText, rejectSchema, requestSchema, revokeSchema, withdrawSchema } from "@/lib/exemptions/schemas";
import { enqueueMail } from "@/lib/mail/outbox";
import type { LockRow } from "@/lib/record-lock";

type Exemption = typeof exemptions.$inferSelect;

const REVALIDATE = ["/uitzonderingen", "/uitzonderingen/beoordelen", "/uitzonderingen/register"];
const ALREADY_DECIDED = "Over deze aanvraag is al beslist, of hij is ingetrokken. Bekijk de status op deze pagina.";

/**
 * The exemption, locked until the transaction ends: of parallel decisions on it the others wait,
 * then find it decided and are refused. `allow` is the record-level right; a refusal is logged as denied.
 */
const exemptionRule = (allow: (viewer: Viewer, e: Exemption) => boolean, check: (e: Exemption) => string | null) => ({
  load: (input: { id: number }, lock: LockRow) => lock(exemptions, input.id),
  missing: "Deze uitzondering bestaat niet (meer).",
  allow,
  check,
});
const decider = exemptionRule((viewer, e) => decisionRefusal(viewer.id, e) === null, (e) => (isOpen(e.status) ? null : ALREADY_DECIDED));

async function requesterOf(tx: Tx, e: Exemption) {
  const person = await getRequester(tx, e.userId);
  if (!person) throw new ActionError("De aanvrager bestaat niet meer.");
  return { ...person, about: { id: e.id, appName: e.appName, userName: person.name, email: person.email } };
}

export const requestExemptionAction = action(
  {
    name: "exemption.request",
    schema: requestSchema,
    permission: "exemptions.request",
    // A renewal points at an exemption of one's own; naming someone else's is refused and logged.
    record: {
      load: async (input, lock) => ({ renewal: input.renewalOfId ? await lock(exemptions, input.renewalOfId) : null }),
      missing: "Deze uitzondering bestaat niet (meer).",
      allow: (viewer, { renewal }, input) => !input.renewalOfId || renewal?.userId === viewer.id,
      check: ({ renewal }) => (renewal && renewal.status !== "approved" ? "Alleen een goedgekeurde uitzondering kunt u verlengen." : null),
    },
  },
  async (input, { viewer, tx, audit, lock }) => {
    const app = (await listRequestableApps(tx)).find((a) => a.appId === input.appId);
    if (!app) {
      throw new ActionError("Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", {
        appId: ["Deze app staat niet op de huidige lijst. Kies een app uit de lijst."],
      });
    }
    // The person's row is the lock for "one open request per app": a double click or a second tab waits
    // here, then finds the first request and is refused.
    await lock(users, viewer.id);
    const open = await tx
      .select({ id: exemptions.id })
      .from(exemptions)
      .where(and(eq(exemptions.userId, viewer.id), eq(exemptions.appId, app.appId), inArray(exemptions.status, ["requested", "awaiting_second"])));
    if (open.length > 0) {
      throw new ActionError(`U heeft al een aanvraag voor ${app.name} die op een besluit wacht. Bekijk hem bij Mijn uitzonderingen.`);
    }
    const [row] = await tx
      .insert(exemptions)
      .values({ userId: viewer.id, appId: app.appId, appName: app.name, device: input.device, reason: input.reason, justification: input.justification, requestedUntil: input.requestedUntil, renewalOfId: input.renewalOfId ?? null })
      .returning();
    await audit({ action: "exemption.request", objectType: "exemption", objectId: row.id, after: { appId: app.appId, appName: app.name, device: row.device, reason: row.reason, requestedUntil: row.requestedUntil, renewalOfId: row.renewalOfId } });
    return { message: `Uw aanvraag voor ${app.name} is verstuurd. De CISO beoordeelt hem; u krijgt bericht per e-mail.`, redirectTo: `/uitzonderingen/${row.id}`, revalidate: REVALIDATE };
  },
);

export const withdrawExemptionAction = action(
  {
    name: "exemption.withdraw",
    schema: withdrawSchema,
    permission: "exemptions.request",
    record: exemptionRule((viewer, e) => e.userId === viewer.id, (e) => (isOpen(e.status) ? null : ALREADY_DECIDED)),
  },
  async ({ id }, { tx, audit, record }) => {
    await tx.update(exemptions).set({ status: "withdrawn", updatedAt: new Date() }).where(eq(exemptions.id, id));
    await audit({ action: "exemption.withdraw", objectType: "exemption", objectId: id, before: { status: record.status }, after: { status: "withdrawn" } });
    return { message: "Uw aanvraag is ingetrokken.", redirectTo: `/uitzonderingen/${id}`, revalidate: REVALIDATE };
  },
);

export const approveExemptionAction = action(
  { name: "exemption.approve", schema: approveSchema, permission: "exemptions.decide", record: decider },
  async (input, { viewer, tx, audit, record }) => {
    if (input.endsOn > record.requestedUntil) {
      throw new ActionError("Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", {
        endsOn: ["De einddatum mag niet later zijn dan de datum die de aanvrager vroeg."],
      });
    }
    const person = await requesterOf(tx, record);
    const conditions = conditionsText(input);
    const now = new Date();
    // A bestuurder's request needs two CISOs: the first approval only waits for the second.
    if (record.status === "requested" && person.riskGroup === "executive") {
      await tx.update(exemptions).set({ status: "awaiting_second", firstApproverId: viewer.id, firstApprovedAt: now, conditions, endsOn: input.endsOn, updatedAt: now }).where(eq(exemptions.id, record.id));
      await audit({ action: "exemption.approve.first", objectType: "exemption", objectId: record.id, before: { status: record.status }, after: { status: "awaiting_second", conditions, endsOn: input.endsOn } });
      return { message: `Goedgekeurd als eerste beoordelaar. ${person.name} is bestuurder: een tweede CISO moet de aanvraag ook goedkeuren.`, redirectTo: "/uitzonderingen/beoordelen", revalidate: REVALIDATE };
    }
    await tx.update(exemptions).set({ status: "approved", decidedById: viewer.id, decidedAt: now, conditions, endsOn: input.endsOn, updatedAt: now }).where(eq(exemptions.id, record.id));
    await enqueueMail(tx, approvedMail(person.about, input.endsOn, conditions), now);
    await audit({ action: "exemption.approve", objectType: "exemption", objectId: record.id, before: { status: record.status, firstApproverId: record.firstApproverId }, after: { status: "approved", conditions, endsOn: input.endsOn } });
    return { message: `De uitzondering voor ${person.name} (${record.appName}) is goedgekeurd. ${person.name} krijgt een e-mail.`, redirectTo: "/uitzonderingen/beoordelen", revalidate: REVALIDATE };
  },
);

export const rejectExemptionAction = action(
  { name: "exemption.reject", schema: rejectSchema, permission: "exemptions.decide", record: decider },
  async ({ rejectionReason }, { viewer, tx, audit, record }) => {
    const person = await requesterOf(tx, record);
    const now = new Date();
    await tx.update(exemptions).set({ status: "rejected", decidedById: viewer.id, decidedAt: now, rejectionReason, updatedAt: now }).where(eq(exemptions.id, record.id));
    await enqueueMail(tx, rejectedMail(person.about, rejectionReason), now);
    await audit({ action: "exemption.reject", objectType: "exemption", objectId: record.id, before: { status: record.status }, after: { status: "rejected", rejectionReason } });
    return { message: `De aanvraag van ${person.name} (${record.appName}) is afgewezen. ${person.name} krijgt een e-mail.`, redirectTo: "/uitzonderingen/beoordelen", revalidate: REVALIDATE };
  },
);

export const revokeExemptionAction = action(
  {
    name: "exemption.revoke",
    schema: revokeSchema,
    permission: "exemptions.decide",
    record: exemptionRule((viewer, e) => e.userId !== viewer.id, (e) => (e.status === "approved" ? null : "Alleen een geldende uitzondering kunt u intrekken.")),
  },
  async ({ revokeReason }, { viewer, tx, audit, record }) => {
    const person = await requesterOf(tx, record);
    const now = new Date();
    await tx.update(exemptions).set({ status: "revoked", revokedById: viewer.id, revokedAt: now, revokeReason, updatedAt: now }).where(eq(exemptions.id, record.id));
    await enqueueMail(tx, revokedMail(person.about, revokeReason), now);
    await audit({ action: "exemption.revoke", objectType: "exemption", objectId: record.id, before: { status: "approved", endsOn: record.endsOn }, after: { status: "revoked", revokeReason } });
    return { message: `De uitzondering van ${person.name} (${record.appName}) is ingetrokken. ${person.name} krijgt een e-mail.`, redirectTo: `/uitzonderingen/${record.id}`, revalidate: REVALIDATE };
  },
);
