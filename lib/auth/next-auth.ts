import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { userSessions, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { checkLoginThrottle, recordLoginAttempt } from "@/lib/auth/login-throttle";
import { verifyPassword } from "@/lib/auth/passwords";
import { clientIpFrom } from "@/lib/request";

export const SESSION_HOURS = 8;

/** Thrown when an account or address has failed too often; the login form shows its own message. */
export class LoginLockedError extends CredentialsSignin {
  code = "locked";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function authorize(raw: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIpFrom(request.headers);
  const db = getDb();

  const throttle = await checkLoginThrottle(db, email, ip);
  if (throttle.locked) {
    await db.transaction((tx) =>
      writeAudit(tx, { actorId: null, actorLabel: email, action: "auth.login", objectType: "session", result: "denied", ip, after: { reason: "te veel mislukte pogingen" } }),
    );
    throw new LoginLockedError();
  }
  if (throttle.delayMs > 0) await sleep(throttle.delayMs);

  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const succeeded = Boolean(user && user.active && passwordOk);

  return db.transaction(async (tx) => {
    await recordLoginAttempt(tx, email, ip, succeeded);
    await writeAudit(tx, {
      actorId: user?.id ?? null,
      actorLabel: user?.name ?? email,
      action: "auth.login",
      objectType: "session",
      result: succeeded ? "success" : "failure",
      ip,
    });
    if (!succeeded || !user) return null;
    const [session] = await tx
      .insert(userSessions)
      .values({ userId: user.id, ip, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000) })
      .returning({ id: userSessions.id });
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    return { id: user.id, name: user.name, email: user.email, sessionId: session.id };
  });
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
    jwt({ token, user }) {
      if (user && "sessionId" in user) token.sid = user.sessionId as string;
      return token;
    },
    session({ session, token }) {
      return { ...session, sessionId: typeof token.sid === "string" ? token.sid : undefined };
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
