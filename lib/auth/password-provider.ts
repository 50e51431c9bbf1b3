import "server-only";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { cookieFrom, DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from "@/lib/auth/device-trust";
import { attemptLogin } from "@/lib/auth/login";
import type { LockScope } from "@/lib/auth/login-throttle";
import { clientIpFrom } from "@/lib/request";

/** Thrown when the attempt's budget is used up; the login form tells which budget and until when. */
export class LoginLockedError extends CredentialsSignin {
  code = "locked";
  constructor(readonly scope: LockScope, readonly until: Date) {
    super();
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

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
    return null;
  }
  if (outcome.deviceCookie) {
    (await cookies()).set(DEVICE_COOKIE, outcome.deviceCookie, {
      httpOnly: true,
      sameSite: "lax",
      secure: new URL(request.url).protocol === "https:",
      path: "/",
      maxAge: DEVICE_COOKIE_DAYS * 24 * 3600,
    });
  }
  return { ...outcome.user, sessionId: outcome.sessionId };
}

/** Sign-in with e-mail address and password; the session row is written by attemptLogin. */
export const passwordProviders = [
  Credentials({
    credentials: { email: {}, password: {} },
    authorize: (credentials, request) => authorize(credentials, request),
  }),
];
