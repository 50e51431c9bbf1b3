import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { recoveryCodes, secondFactors } from "@/db/schema";
import type { Db } from "@/db/client";
import { DEMO_TOTP_SECRET } from "@/db/seed/demo-people";
import { pendingSecret } from "@/lib/auth/second-factor/store";
import { codeAt } from "@/lib/auth/second-factor/totp";
import { confirmSetupAction, newRecoveryCodesAction, removeSecondFactorAction } from "./actions";
import { startSetupAction } from "./start-setup-action";

describe.each(testDatabases)("tweede factor op de accountpagina op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let staff: TestViewer;
  let ciso: TestViewer;
  const previousSecret = process.env.AUTH_SECRET;

  beforeAll(async () => {
    process.env.AUTH_SECRET = "test-secret-for-the-account-page-0123456789";
    ({ db, close } = await seededDb(url));
    useDb(db);
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = previousSecret;
    await close();
  });

  const factorOf = async (userId: string) => (await db.select().from(secondFactors).where(eq(secondFactors.userId, userId)))[0] ?? null;
  const unusedCodes = async (userId: string) => (await db.select().from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))).length;
  const now = (offsetSteps = 0) => new Date(Date.now() + offsetSteps * 30_000);

  it("an anonymous caller can do none of it", async () => {
    harness.viewer = null;
    for (const run of [() => call(startSetupAction, {}), () => call(confirmSetupAction, { code: "123456" })]) {
      expect((await run()).state).toMatchObject({ ok: false, message: expect.stringContaining("niet ingelogd") });
    }
    expect(await factorOf(staff.id)).toBeNull();
  });

  it("a medewerker opts in: a wrong code changes nothing, the right one confirms and hands out 10 codes", async () => {
    harness.viewer = staff;
    expect((await call(startSetupAction, {})).redirectTo).toBe("/account/tweede-factor");
    const secret = (await pendingSecret(db, staff.id))!;
    const wrong = await call(confirmSetupAction, { code: "000000" });
    expect(wrong.state).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("klopt niet")] } });
    expect((await factorOf(staff.id))?.confirmedAt).toBeNull();

    const right = await call(confirmSetupAction, { code: codeAt(secret, now()) });
    expect(right.state).toMatchObject({ ok: true });
    expect((right.state!.data as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    expect((await factorOf(staff.id))?.confirmedAt).toBeInstanceOf(Date);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "auth.second_factor.enroll", actorId: staff.id, result: "success" });
    expect((await call(startSetupAction, {})).state).toMatchObject({ ok: false, message: "Uw tweede factor staat al aan." });

    // A code already used is refused for new recovery codes; the next one works.
    expect((await call(newRecoveryCodesAction, { code: codeAt(secret, now()) })).state).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("al gebruikt")] } });
    const fresh = await call(newRecoveryCodesAction, { code: codeAt(secret, now(1)) });
    expect(fresh.state).toMatchObject({ ok: true });
    expect(await unusedCodes(staff.id)).toBe(10);

    // Removing needs the confirmation and a new code.
    expect((await call(removeSecondFactorAction, { code: codeAt(secret, now(-1)), confirmRemove: "" })).state).toMatchObject({ ok: false });
    expect(await factorOf(staff.id)).not.toBeNull();
    expect((await call(removeSecondFactorAction, { code: codeAt(secret, now(-1)), confirmRemove: "ja" })).state).toMatchObject({ ok: false });
    expect(await factorOf(staff.id)).not.toBeNull();
    // Step + 1 was used above; only a later step is new. Without waiting: none is left in the window, so the guard is lowered by hand.
    await db.update(secondFactors).set({ lastUsedStep: 0 }).where(eq(secondFactors.userId, staff.id));
    expect((await call(removeSecondFactorAction, { code: codeAt(secret, now()), confirmRemove: "ja" })).redirectTo).toBe("/account/tweede-factor");
    expect(await factorOf(staff.id)).toBeNull();
    expect(await unusedCodes(staff.id)).toBe(0);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "auth.second_factor.remove", actorId: staff.id });
  });

  it("a CISO cannot remove theirs, even with a right code", async () => {
    harness.viewer = ciso;
    const refused = await call(removeSecondFactorAction, { code: codeAt(DEMO_TOTP_SECRET, now()), confirmRemove: "ja" });
    expect(refused.state).toMatchObject({ ok: false, message: expect.stringContaining("CISO of Beheerder") });
    expect((await factorOf(ciso.id))?.confirmedAt).toBeInstanceOf(Date);
  });
});
