import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { call, harness, useDb, viewerFor } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { publishConfirmation } from "@/test/publishing";
import { apps, listVersions, vendors } from "@/db/schema";
import type { Db } from "@/db/client";
import { createAppAction } from "../apps/actions";
import { publishListAction } from "../actions";

describe.each(testDatabases)("publishing needs a confirmation of what was shown, on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let tencentId: number;
  let n = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    [{ id: tencentId }] = await db.select({ id: vendors.id }).from(vendors).where(eq(vendors.name, "Tencent"));
  });
  afterAll(async () => {
    harness.viewer = null;
    await close();
  });

  const addApp = async () => {
    n += 1;
    const { redirectTo } = await call(createAppAction, {
      name: `Bevestigtest ${n}`, vendorId: String(tencentId), category: "Berichten", measure: "banned", source: "own_finding",
      androidPackage: `nl.bevestig.app${n}`, iosBundleId: "",
    });
    expect(redirectTo).toBe("/lijsten/apps");
  };
  const versions = () => db.$count(listVersions);

  beforeEach(addApp);

  it("is refused without the tick, with the message on the checkbox; nothing is published", async () => {
    const before = await versions();
    const { bevestigd: _, ...withoutTick } = await publishConfirmation(db);
    const { state } = await call(publishListAction, { note: "Een nieuwe app op de lijst.", ...withoutTick });
    expect(state).toMatchObject({ ok: false, fieldErrors: { bevestigd: ["Vink aan dat u deze lijstversie wilt publiceren."] } });
    expect(await versions()).toBe(before);
  });

  it("is refused without the fingerprint of the changes shown (a direct call of the action)", async () => {
    const before = await versions();
    const { state } = await call(publishListAction, { note: "Een nieuwe app op de lijst.", bevestigd: "ja" });
    expect(state).toMatchObject({ ok: false });
    expect(state?.fieldErrors?.concept?.[0]).toContain("Open de pagina Publiceren");
    expect(await versions()).toBe(before);
  });

  it("is refused when the draft changed after the changes were shown; nothing is published or logged", async () => {
    const before = await versions();
    const shown = await publishConfirmation(db);
    await addApp(); // someone else adds an app while the CISO reads the changes
    const audit = await lastAuditEvent(db);
    const { state } = await call(publishListAction, { note: "Een nieuwe app op de lijst.", ...shown });
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("veranderd sinds u ze bekeek") });
    expect(state?.fieldErrors?.bevestigd).toHaveLength(1);
    expect(await versions()).toBe(before);
    expect((await lastAuditEvent(db)).id).toBe(audit.id);
  });

  it("publishes exactly what was confirmed", async () => {
    const before = await versions();
    const { redirectTo } = await call(publishListAction, { note: "Een nieuwe app op de lijst.", ...(await publishConfirmation(db)) });
    expect(redirectTo).toBe(`/lijsten/versies/${before + 1}`);
    expect(await versions()).toBe(before + 1);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "list.publish", result: "success" });
    expect(await db.$count(apps, eq(apps.name, `Bevestigtest ${n}`))).toBe(1);
  });
});
