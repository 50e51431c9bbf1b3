"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { signIn } from "@/lib/auth/next-auth";
import { SecondFactorRefusedError } from "@/lib/auth/password-provider";
import { CHALLENGE_COOKIE, confirmLoginEnrolment } from "@/lib/auth/second-factor/challenge";
import { INVALID_CODE_FORMAT, INVALID_RECOVERY_FORMAT, secondFactorMessages } from "@/lib/auth/second-factor/messages";
import { clientIpFrom } from "@/lib/request";
import { z } from "@/lib/zod-nl";

export type SecondFactorState = { message: string; recoveryCodes?: string[] } | null;

const codeSchema = z.string().trim().regex(/^\d{6}$/, INVALID_CODE_FORMAT);
const recoverySchema = z.string().trim().min(1, INVALID_RECOVERY_FORMAT).max(40, INVALID_RECOVERY_FORMAT);

/** Hands the step to the second-factor provider, so next-auth makes the session cookie as for a password login. */
async function completeWith(credentials: Record<string, string>): Promise<SecondFactorState> {
  try {
    await signIn("second-factor", { ...credentials, redirectTo: "/overzicht" });
  } catch (error) {
    // The redirect after success must pass through.
    if (error instanceof SecondFactorRefusedError) return { message: secondFactorMessages[error.reason] };
    if (error instanceof AuthError) return { message: secondFactorMessages.expired };
    throw error;
  }
  return null;
}

export async function verifyCodeAction(_prev: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const code = codeSchema.safeParse(formData.get("code"));
  if (!code.success) return { message: INVALID_CODE_FORMAT };
  return completeWith({ step: "code", code: code.data });
}

export async function recoveryCodeAction(_prev: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const code = recoverySchema.safeParse(formData.get("recoveryCode"));
  if (!code.success) return { message: INVALID_RECOVERY_FORMAT };
  return completeWith({ step: "recovery", code: code.data });
}

/** Setting up during login: the first right code confirms the factor; the recovery codes are shown once, here. */
export async function confirmEnrolmentAction(_prev: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const code = codeSchema.safeParse(formData.get("code"));
  if (!code.success) return { message: INVALID_CODE_FORMAT };
  const token = (await cookies()).get(CHALLENGE_COOKIE)?.value ?? "";
  const outcome = await confirmLoginEnrolment(getDb(), code.data, { token, ip: clientIpFrom(await headers()) });
  if (!outcome.ok) return { message: secondFactorMessages[outcome.reason] };
  return { message: "Uw tweede factor is ingesteld.", recoveryCodes: outcome.recoveryCodes };
}

export async function finishEnrolmentAction(_prev: SecondFactorState, _formData: FormData): Promise<SecondFactorState> {
  return completeWith({ step: "finish" });
}
