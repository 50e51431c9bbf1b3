import type { Tx } from "@/db/client";
import { secondFactors } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { DEMO_TOTP_SECRET } from "@/db/seed/demo-people";
import { groupedSecret } from "./totp";
import { encryptSecret } from "./crypto";
import { mustHaveSecondFactor } from "./store";

/**
 * The demo's CISO and beheerder accounts get a confirmed factor with the public demo secret. Without
 * AUTH_SECRET nothing can be encrypted: they then set one up at their first login, like a real account.
 */
export async function seedDemoSecondFactors(tx: Tx, people: { id: string; roles: Role[] }[], now = new Date()) {
  if (!process.env.AUTH_SECRET) return;
  const privileged = people.filter((p) => mustHaveSecondFactor(p.roles));
  if (privileged.length === 0) return;
  await tx.insert(secondFactors).values(privileged.map((p) => ({ userId: p.id, secretEncrypted: encryptSecret(DEMO_TOTP_SECRET, p.id), confirmedAt: now })));
}

/** Printed next to the demo logins. */
export function demoSecondFactorLines(): string[] {
  return [
    `CISO en beheerder loggen ook in met een code (tweede factor). Zet deze demosleutel in een authenticator-app`,
    `(zoals Microsoft Authenticator of FreeOTP, "sleutel invoeren", op tijd gebaseerd): ${groupedSecret(DEMO_TOTP_SECRET)}`,
  ];
}
