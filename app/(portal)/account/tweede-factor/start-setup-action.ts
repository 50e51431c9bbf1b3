"use server";

import { users } from "@/db/schema";
import { action, ActionError } from "@/lib/action";
import { startEnrolment } from "@/lib/auth/second-factor/store";
import { startSetupSchema } from "./schemas";

const PAGE = "/account/tweede-factor";

// Apart from actions.ts: this action takes no input, so the property test over every form field has nothing to fill.
export const startSetupAction = action(
  { name: "auth.second_factor.enroll", schema: startSetupSchema, permission: "sessions.own" },
  async (_input, { viewer, tx, lock }) => {
    await lock(users, viewer.id);
    // Nothing is audited yet: the factor counts only once a code confirms it.
    if ((await startEnrolment(tx, viewer.id)) === null) throw new ActionError("Uw tweede factor staat al aan.");
    return { message: "Scan de QR-code met uw app en vul daarna de code in.", redirectTo: PAGE, revalidate: [PAGE] };
  },
);
