import "@/lib/zod-nl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { seededDb, testDatabases } from "@/test/databases";
import { auditEvents, departments, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { deactivateUser } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/passwords";
import { createInvitation } from "@/lib/users/invitations";
import { activateAccountAction } from "@/app/(public)/activeren/[token]/actions";
import { deactivateUserAction, reactivateUserAction } from "./gebruikers/actions";
import { deactivateDepartmentAction, reactivateDepartmentAction } from "./organisatie/afdelingen/actions";

// Finding 8: parallel identical changes in beheer. The record check locks the row it checks
// (action()'s `record`), and an activation link is checked again under a row lock, so of n
// parallel requests exactly one passes and writes one audit row. PGlite runs transactions one
// at a time anyway; the PostgreSQL run is the one that proves the lock.
describe.each(testDatabases)("parallelle wijzigingen in beheer op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let beheerder: TestViewer;
  let serial = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    beheerder = await viewerFor(db, "beheerder@voorbeeld.nl");
  });
  afterAll(() => close());

  const auditCount = (action: string, id: number | string, result: "success" | "denied" = "success") =>
    db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.objectId, String(id)), eq(auditEvents.result, result)));

  async function parallel(n: number, run: () => Promise<{ redirectTo: string | null; state: unknown }>) {
    harness.viewer = beheerder;
    const results = await Promise.all(Array.from({ length: n }, run));
    return { accepted: results.filter((r) => r.redirectTo !== null).length, refused: results.filter((r) => r.redirectTo === null).map((r) => r.state) };
  }

  async function newUser(active = true) {
    serial++;
    const [row] = await db
      .insert(users)
      .values({ name: `Parallel Persoon ${serial}`, email: `parallel${serial}@voorbeeld.nl`, roles: ["medewerker"], riskGroup: "standard", active, deactivatedAt: active ? null : new Date() })
      .returning({ id: users.id, name: users.name });
    return row;
  }

  async function newDepartment(active: boolean) {
    serial++;
    const [row] = await db.insert(departments).values({ name: `Parallelle afdeling ${serial}`, active }).returning();
    return row;
  }

  it.each([10, 50])("%i parallel user.deactivate requests: one accepted, one audit row", async (n) => {
    const user = await newUser();
    const { accepted, refused } = await parallel(n, () => call(deactivateUserAction, { id: user.id, reason: "parallel gedeactiveerd in een test", confirm: "ja" }));
    expect(accepted).toBe(1);
    expect(refused).toHaveLength(n - 1);
    for (const state of refused) expect(state).toMatchObject({ ok: false, message: `Het account van ${user.name} is al gedeactiveerd.` });
    expect(await auditCount("user.deactivate", user.id)).toBe(1);
  });

  it("50 parallel user.reactivate requests: one accepted, one audit row", async () => {
    const user = await newUser(false);
    const { accepted, refused } = await parallel(50, () => call(reactivateUserAction, { id: user.id }));
    expect(accepted).toBe(1);
    for (const state of refused) expect(state).toMatchObject({ ok: false, message: `Het account van ${user.name} is al actief.` });
    expect(await auditCount("user.reactivate", user.id)).toBe(1);
  });

  it.each([10, 50])("%i parallel department.deactivate requests: one accepted, one audit row", async (n) => {
    const department = await newDepartment(true);
    const { accepted, refused } = await parallel(n, () => call(deactivateDepartmentAction, { id: String(department.id) }));
    expect(accepted).toBe(1);
    expect(refused).toHaveLength(n - 1);
    for (const state of refused) expect(state).toMatchObject({ ok: false, message: `De afdeling ${department.name} is al niet meer in gebruik.` });
    expect(await auditCount("department.deactivate", department.id)).toBe(1);
  });

  it("50 parallel department.reactivate requests: one accepted, one audit row", async () => {
    const department = await newDepartment(false);
    const { accepted, refused } = await parallel(50, () => call(reactivateDepartmentAction, { id: String(department.id) }));
    expect(accepted).toBe(1);
    for (const state of refused) expect(state).toMatchObject({ ok: false, message: `De afdeling ${department.name} is al in gebruik.` });
    expect(await auditCount("department.reactivate", department.id)).toBe(1);
  });

  it("50 parallel uses of one activation link: one password set, one audit row", async () => {
    const user = await newUser();
    const { token } = await db.transaction((tx) => createInvitation(tx, user.id));
    harness.viewer = null;
    // Each request chooses a different password, so the stored hash shows which one got through.
    const passwords = Array.from({ length: 50 }, (_, i) => `Zonnige-Fiets-${i}-Paraplu`);
    const results = await Promise.all(passwords.map((password) => call(activateAccountAction, { token, password, passwordConfirm: password })));
    const accepted = results.flatMap((r, i) => (r.redirectTo === "/inloggen" ? [passwords[i]] : []));
    expect(accepted).toHaveLength(1);
    for (const r of results.filter((r) => r.redirectTo === null)) expect(r.state).toMatchObject({ ok: false });
    const [{ passwordHash }] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(passwordHash!, accepted[0])).toBe(true);
    expect(await auditCount("user.activate", user.id)).toBe(1);
    expect(await auditCount("user.activate", user.id, "denied")).toBe(49);
  });

  // Activation checks that the account is active; deactivation withdraws the account's links. Both must
  // lock the account first and the link second: in the other order the two wait for each other (a
  // deadlock, which PostgreSQL breaks by failing one of them). Here the deactivation holds the account
  // while the activation reaches its transaction; the activation must wait, then find its link withdrawn.
  it("an activation while the account is being deactivated waits, then is refused: no deadlock", async () => {
    const user = await newUser();
    const { token } = await db.transaction((tx) => createInvitation(tx, user.id));
    const password = "Zonnige-Fiets-Paraplu-7";
    harness.viewer = null;
    let activation: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for("update");
      activation = call(activateAccountAction, { token, password, passwordConfirm: password }).catch((error: unknown) => error);
      // Time for the activation to hash the password and enter its transaction.
      await new Promise((resolve) => setTimeout(resolve, 700));
      await deactivateUser(tx, user.id);
    });
    expect(await activation).toMatchObject({ redirectTo: null, state: { ok: false } });
    const [row] = await db.select({ active: users.active, passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row).toEqual({ active: false, passwordHash: null });
    expect(await auditCount("user.activate", user.id)).toBe(0);
  });
});
