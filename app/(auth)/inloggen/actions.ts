"use server";

import { AuthError } from "next-auth";
import { lockedMessage, WRONG_CREDENTIALS_MESSAGE } from "@/lib/auth/login-messages";
import { LoginLockedError, signIn } from "@/lib/auth/next-auth";
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
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/overzicht" });
  } catch (error) {
    // Only next-auth's own errors are handled here; the redirect after success must pass through.
    if (error instanceof LoginLockedError) return { message: lockedMessage(error.scope, error.until), email };
    if (error instanceof AuthError) return { message: WRONG_CREDENTIALS_MESSAGE, email };
    throw error;
  }
  return null;
}
