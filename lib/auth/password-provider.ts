import "server-only";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { cookieFrom, DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from "@/lib/auth/device-trust";
import { attemptLogin } from "@/lib/auth/login";
import type { LockScope } from "@/lib/auth/login-throttle";
import { CHALLENGE_COOKIE, CHALLENGE_MINUTES, completeSecondFactor, type SecondFactorStep } from "@/lib/auth/second-factor/challenge";
import type { SecondFactorRefusal } from "@/lib/auth/second-factor/messages";
import { clientIpFrom } from "@/lib/request";

/** Thrown when the attempt's budget is used up; the login form tells which budget and until when. */
export class LoginLockedError extends CredentialsSignin {
  code = "locked";
  constructor(readonly scope: LockScope, readonly until: Date) {
    super();
  }
}

/** The password was right; the login form sends the person on to /inloggen/tweede-factor. */
export class SecondFactorRequiredError extends CredentialsSignin {
  code = "second_factor";
}

/** The second step was refused; the page says why. */
export class SecondFactorRefusedError extends CredentialsSignin {
  code = "second_factor_refused";
  constructor(readonly reason: SecondFactorRefusal) {
    super();
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

const secure = (request: Request) => new URL(request.url).protocol === "https:";

async function setDeviceCookie(value: string | null, request: Request) {
  if (!value) return;
  (await cookies()).set(DEVICE_COOKIE, value, { httpOnly: true, sameSite: "lax", secure: secure(request), path: "/", maxAge: DEVICE_COOKIE_DAYS * 24 * 3600 });
}

async function authorize(raw: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const outcome = await attemptLogin(getDb(), {
    ...parsed.data,
    ip: clientIpFrom(request.headers),
    userAgent: request.headers.get("user-agent"),
    deviceCookie: cookieFrom(request.headers.get("cookie"), DEVICE_COOKIE),
  });
  if (!outcome.ok) {
    if (outcome.reason === "locked") throw new LoginLockedError(outcome.scope, outcome.until);
    if (outcome.reason === "second_factor") {
      // Only the hash is in the database; the token lives in this cookie, for the login pages only.
      (await cookies()).set(CHALLENGE_COOKIE, outcome.challengeToken, {
        httpOnly: true, sameSite: "lax", secure: secure(request), path: "/inloggen", maxAge: CHALLENGE_MINUTES * 60,
      });
      throw new SecondFactorRequiredError();
    }
    return null;
  }
  await setDeviceCookie(outcome.deviceCookie, request);
  return { ...outcome.user, sessionId: outcome.sessionId };
}

const stepSchema = z.discriminatedUnion("step", [
  z.object({ step: z.literal("code"), code: z.string().trim().regex(/^\d{6}$/) }),
  z.object({ step: z.literal("recovery"), code: z.string().trim().min(1).max(40) }),
  z.object({ step: z.literal("finish") }),
]);

/** The second step: the challenge (from its cookie) and a code, a recovery code, or "set up just now". */
async function authorizeSecondFactor(raw: unknown, request: Request) {
  const parsed = stepSchema.safeParse(raw);
  if (!parsed.success) throw new SecondFactorRefusedError(raw && (raw as { step?: string }).step === "recovery" ? "recovery_wrong" : "wrong");
  const jar = await cookies();
  const step: SecondFactorStep = parsed.data.step === "finish" ? { kind: "finish" } : { kind: parsed.data.step, code: parsed.data.code };
  const outcome = await completeSecondFactor(getDb(), step, {
    token: jar.get(CHALLENGE_COOKIE)?.value ?? "",
    ip: clientIpFrom(request.headers),
    userAgent: request.headers.get("user-agent"),
    deviceCookie: cookieFrom(request.headers.get("cookie"), DEVICE_COOKIE),
  });
  if (!outcome.ok) throw new SecondFactorRefusedError(outcome.reason);
  jar.delete({ name: CHALLENGE_COOKIE, path: "/inloggen" });
  await setDeviceCookie(outcome.deviceCookie, request);
  return { ...outcome.user, sessionId: outcome.sessionId };
}

/**
 * Sign-in with e-mail address and password, and the second factor after it; the session row is written by
 * attemptLogin or completeSecondFactor, never before the second factor of an account that has (or needs) one.
 */
export const passwordProviders = [
  Credentials({
    credentials: { email: {}, password: {} },
    authorize: (credentials, request) => authorize(credentials, request),
  }),
  Credentials({
    id: "second-factor",
    name: "Tweede factor",
    credentials: { step: {}, code: {} },
    authorize: (credentials, request) => authorizeSecondFactor(credentials, request),
  }),
];
