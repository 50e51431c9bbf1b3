import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { cookieFrom, DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from "@/lib/auth/device-trust";
import { findLiveSession } from "@/lib/auth/live-session";
import { attemptLogin, SESSION_HOURS } from "@/lib/auth/login";
import type { LockScope } from "@/lib/auth/login-throttle";
import { clientIpFrom } from "@/lib/request";

export { SESSION_HOURS };

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

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/inloggen" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (credentials, request) => authorize(credentials, request),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user && "sessionId" in user) return { sub: token.sub, sid: user.sessionId as string };
      // A cookie whose server-side session has ended (logged out, expired, account deactivated) is
      // worth nothing: returning null makes next-auth clear it and report no session.
      return (await findLiveSession(getDb(), token.sid)) ? token : null;
    },
    session({ session, token }) {
      // Only what getViewer needs; /api/auth/session hides even this (see its route).
      return { expires: session.expires, sessionId: token.sid } as unknown as typeof session;
    },
  },
  logger: {
    // A wrong password is an expected event, already in the audit log; no stack trace for it.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
