"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { lockedMessage, WRONG_CREDENTIALS_MESSAGE } from "@/lib/auth/login-messages";
import { LoginLockedError, signIn } from "@/lib/auth/next-auth";
import { SecondFactorRequiredError } from "@/lib/auth/password-provider";
import { z } from "@/lib/zod-nl";

export type LoginState = { message: string; email?: string } | null;

const loginSchema = z.object({
  email: z.string().trim().min(1, "Vul uw e-mailadres in.").email(),
  password: z.string().min(1, "Vul uw wachtwoord in."),
});

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Vul uw e-mailadres en wachtwoord in.", email };
  let secondFactor = false;
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/overzicht" });
  } catch (error) {
    // Only next-auth's own errors are handled here; the redirect after success must pass through.
    if (error instanceof SecondFactorRequiredError) secondFactor = true;
    else if (error instanceof LoginLockedError) return { message: lockedMessage(error.scope, error.until), email };
    else if (error instanceof AuthError) return { message: WRONG_CREDENTIALS_MESSAGE, email };
    else throw error;
  }
  // The password was right: no session yet, the second factor comes first.
  if (secondFactor) redirect("/inloggen/tweede-factor");
  return null;
}
