import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { organisation } from "@/db/schema";
import type { Db } from "@/db/client";
import { updateSessionSettingsAction } from "./actions";

describe.each(testDatabases)("sessieduur instellen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let beheerder: TestViewer;
  let staff: TestViewer;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    beheerder = await viewerFor(db, "beheerder@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
  });
  afterAll(() => close());

  const settings = async () => {
    const [row] = await db.select({ idle: organisation.sessionIdleMinutes, absolute: organisation.sessionAbsoluteHours }).from(organisation);
    return row;
  };

  it("refuses a medewerker, changes nothing and logs the denial", async () => {
    harness.viewer = staff;
    const { state } = await call(updateSessionSettingsAction, { sessionIdleMinutes: "480", sessionAbsoluteHours: "24" });
    expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
    expect(await lastAuditEvent(db)).toMatchObject({ actorId: staff.id, objectId: "organisation.manage", result: "denied" });
    expect(await settings()).toEqual({ idle: 30, absolute: 10 });
  });

  it.each([
    [{ sessionIdleMinutes: "4", sessionAbsoluteHours: "10" }, "sessionIdleMinutes", "minstens 5 minuten"],
    [{ sessionIdleMinutes: "481", sessionAbsoluteHours: "10" }, "sessionIdleMinutes", "hoogstens 480 minuten"],
    [{ sessionIdleMinutes: "30", sessionAbsoluteHours: "0" }, "sessionAbsoluteHours", "minstens 1 uur"],
    [{ sessionIdleMinutes: "30", sessionAbsoluteHours: "25" }, "sessionAbsoluteHours", "hoogstens 24 uur"],
    [{ sessionIdleMinutes: "7,5", sessionAbsoluteHours: "10" }, "sessionIdleMinutes", "aantal minuten"],
    [{ sessionIdleMinutes: "120", sessionAbsoluteHours: "1" }, "sessionIdleMinutes", "niet langer"],
  ])("refuses %o with a Dutch message on the field and keeps what was typed", async (input, field, text) => {
    harness.viewer = beheerder;
    const { state } = await call(updateSessionSettingsAction, input);
    expect(state).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.stringContaining(text)] }, values: input });
    expect(await settings()).toEqual({ idle: 30, absolute: 10 });
  });

  it("saves the settings with before and after in the audit log", async () => {
    harness.viewer = beheerder;
    const { redirectTo } = await call(updateSessionSettingsAction, { sessionIdleMinutes: "15", sessionAbsoluteHours: "8" });
    expect(redirectTo).toBe("/beheer/organisatie");
    expect(await settings()).toEqual({ idle: 15, absolute: 8 });
    expect(await lastAuditEvent(db)).toMatchObject({
      action: "session.settings.update", objectType: "organisation", objectId: "1",
      before: { sessionIdleMinutes: 30, sessionAbsoluteHours: 10 }, after: { sessionIdleMinutes: 15, sessionAbsoluteHours: 8 },
    });
  });
});
