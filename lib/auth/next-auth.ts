import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import { getDb } from "@/db";
import { findLiveSession } from "@/lib/auth/live-session";
import { SESSION_HOURS } from "@/lib/auth/login";
import { passwordLoginEnabled } from "@/lib/auth/oidc/config";
import { oidcProviders, oidcSignInCallback } from "@/lib/auth/oidc/provider";
import { passwordProviders } from "@/lib/auth/password-provider";

export { SESSION_HOURS };
export { LoginLockedError } from "@/lib/auth/password-provider";

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  // Every refusal, also of the identity provider's round trip, ends on the login page with a code it explains in Dutch.
  pages: { signIn: "/inloggen", error: "/inloggen" },
  // Without the password provider (AUTH_PASSWORD_LOGIN=off) a password post is refused here, whatever the form does.
  providers: [...(passwordLoginEnabled() ? passwordProviders : []), ...oidcProviders()],
  callbacks: {
    signIn: oidcSignInCallback,
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
