"use server";

import { users } from "@/db/schema";
import type { Tx } from "@/db/client";
import { action, ActionError } from "@/lib/action";
import { secondFactorMessages } from "@/lib/auth/second-factor/messages";
import { acceptCode, getSecondFactor, mustHaveSecondFactor, removeSecondFactor, replaceRecoveryCodes } from "@/lib/auth/second-factor/store";
import { confirmSetupSchema, newRecoveryCodesSchema, removeSecondFactorSchema } from "./schemas";

const PAGE = "/account/tweede-factor";
const NOT_ON = "U heeft nog geen tweede factor. Stel die eerst in.";

/** The code must be right and new (the replay guard); otherwise nothing changes. */
async function requireCode(tx: Tx, userId: string, code: string, options: { confirm?: boolean } = {}) {
  const check = await acceptCode(tx, userId, code, new Date(), options);
  if (check === "accepted") return;
  if (check === "missing") throw new ActionError(options.confirm ? "Er wordt geen tweede factor ingesteld. Begin opnieuw met instellen." : NOT_ON);
  const message = check === "unreadable" ? secondFactorMessages.unreadable : secondFactorMessages[check];
  throw new ActionError("De code is niet geaccepteerd.", { code: [message] });
}

export const confirmSetupAction = action(
  { name: "auth.second_factor.enroll", schema: confirmSetupSchema, permission: "sessions.own" },
  async ({ code }, { viewer, tx, lock, audit }) => {
    await lock(users, viewer.id);
    await requireCode(tx, viewer.id, code, { confirm: true });
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer.id, new Date());
    await audit({ action: "auth.second_factor.enroll", objectType: "user", objectId: viewer.id, after: { during: "account", recoveryCodes: recoveryCodes.length } });
    return { message: "Uw tweede factor staat aan. Voortaan vraagt het portaal bij het inloggen ook om de code uit uw app.", data: { recoveryCodes } };
  },
);

export const newRecoveryCodesAction = action(
  { name: "auth.second_factor.recovery_codes", schema: newRecoveryCodesSchema, permission: "sessions.own" },
  async ({ code }, { viewer, tx, lock, audit }) => {
    await lock(users, viewer.id);
    await requireCode(tx, viewer.id, code);
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer.id, new Date());
    await audit({ action: "auth.second_factor.recovery_codes", objectType: "user", objectId: viewer.id, after: { count: recoveryCodes.length } });
    return { message: "Er zijn 10 nieuwe herstelcodes gemaakt. De oude codes werken niet meer.", data: { recoveryCodes } };
  },
);

export const removeSecondFactorAction = action(
  { name: "auth.second_factor.remove", schema: removeSecondFactorSchema, permission: "sessions.own" },
  async ({ code }, { viewer, tx, lock, audit }) => {
    const me = await lock(users, viewer.id);
    if (me && mustHaveSecondFactor(me.roles)) {
      throw new ActionError("Met de rol CISO of Beheerder moet u een tweede factor hebben. U kunt die niet uitzetten.");
    }
    if (!(await getSecondFactor(tx, viewer.id))?.confirmedAt) throw new ActionError(NOT_ON);
    await requireCode(tx, viewer.id, code);
    await removeSecondFactor(tx, viewer.id);
    await audit({ action: "auth.second_factor.remove", objectType: "user", objectId: viewer.id, before: { secondFactor: true }, after: { secondFactor: false } });
    return { message: "Uw tweede factor staat uit. U logt voortaan alleen met uw wachtwoord in.", redirectTo: PAGE, revalidate: [PAGE] };
  },
);
