"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import type { ActionState } from "@/lib/action";
import { FLASH_COOKIE } from "@/lib/flash";
import { formDataToObject, zodFieldErrors } from "@/lib/form-data";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { activateAccount, checkInvitation } from "@/lib/users/invitations";
import { clientIpFrom } from "@/lib/request";
import { refusalMessages } from "./messages";
import { activationSchema } from "./schemas";

/**
 * There is no session here, so this action cannot use action(): it checks the request itself, and
 * activateAccount does the token check, the password and the audit row in one transaction.
 */
export async function activateAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const requestHeaders = await headers();
  if (requestHeaders.get("sec-fetch-site") === "cross-site") {
    return { ok: false, message: "Dit verzoek kwam van een andere website en is geweigerd." };
  }
  const parsed = activationSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return { ok: false, message: "Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", fieldErrors: zodFieldErrors(parsed.error) };
  }
  // The form sends only the e-mail address; the strength check also needs the name the account really has.
  const invitation = await checkInvitation(getDb(), parsed.data.token);
  const weakness = invitation.ok ? passwordWeakness(parsed.data.password, [invitation.name, invitation.email]) : null;
  if (weakness) {
    return { ok: false, message: "Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", fieldErrors: { password: [weakness] } };
  }
  const result = await activateAccount(getDb(), {
    token: parsed.data.token,
    password: parsed.data.password,
    ip: clientIpFrom(requestHeaders),
  });
  if (!result.ok) return { ok: false, message: refusalMessages[result.problem] };

  const message = "Uw wachtwoord is ingesteld. Log nu in met uw e-mailadres en het nieuwe wachtwoord.";
  (await cookies()).set(FLASH_COOKIE, encodeURIComponent(message), { path: "/", maxAge: 30, sameSite: "lax" });
  redirect("/inloggen");
}
