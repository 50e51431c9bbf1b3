import { vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Runs server actions outside Next: the request context (headers, cookies, session) is replaced by
 * this harness, so a test can call an action directly as any viewer, as an attacker would.
 * Import it before the actions under test, so the mocks are in place when they load.
 */
export const harness = {
  viewer: null as null | { id: string; name: string; email: string; roles: Role[]; sessionId: string },
};

// As behind the reverse proxy of a real deployment, so the forwarded address below counts as the client's.
process.env.TRUSTED_PROXIES ??= "10.0.0.1";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { redirectTo: to });
  },
  forbidden: () => {
    throw new Error("NEXT_FORBIDDEN");
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => harness.viewer }));

export function useDb(db: Db) {
  (globalThis as unknown as { portalDb?: Db }).portalDb = db;
}

export function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** Calls an action and turns its redirect into a value, as Next would follow it. */
export async function call<S>(run: (prev: S, data: FormData) => Promise<S>, values: Record<string, string | string[]>) {
  try {
    return { state: await run(null as S, form(values)), redirectTo: null as string | null };
  } catch (error) {
    const redirectTo = (error as { redirectTo?: string }).redirectTo;
    if (redirectTo) return { state: null as S | null, redirectTo };
    throw error;
  }
}

export type TestViewer = NonNullable<typeof harness.viewer>;

/** A demo person as the session would present them (the session id is not checked in the harness). */
export async function viewerFor(db: Db, email: string): Promise<TestViewer> {
  const [u] = await db.select({ id: users.id, name: users.name, email: users.email, roles: users.roles }).from(users).where(eq(users.email, email));
  return { ...u, sessionId: "00000000-0000-0000-0000-000000000000" };
}
