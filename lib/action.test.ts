import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, countries } from "@/db/schema";
import type { Db } from "@/db/client";
import { action } from "@/lib/action";
import { runAsSystem } from "@/lib/system-action";
import { recordId, z } from "@/lib/zod-nl";

// Test actions on a real table: the mechanisms of action() that the list actions do not all use.
const renameSchema = z.object({ id: recordId(), name: z.string().trim().min(1).max(80) });

/** Record-level right next to the permission: here, only a country whose basis names the viewer. */
const renameOwnCountry = action(
  {
    name: "country.update", schema: renameSchema, permission: "lists.edit",
    record: { load: ({ id }, lock) => lock(countries, id), missing: "Dit land bestaat niet (meer).", allow: (viewer, row) => row.basis === viewer.name },
  },
  async ({ id, name }, { tx, audit, record }) => {
    const [after] = await tx.update(countries).set({ name }).where(eq(countries.id, id)).returning();
    await audit({ action: "country.update", objectType: "country", objectId: id, before: record, after });
    return { message: "Opgeslagen." };
  },
);

/** A schema that forgets the integer range: the database refuses the id, action() answers in Dutch. */
const sloppyLookup = action(
  {
    name: "country.update", schema: z.object({ id: z.coerce.number() }), permission: "lists.edit",
    record: { load: ({ id }, lock) => lock(countries, id), missing: "Dit land bestaat niet (meer)." },
  },
  async () => ({ message: "Gevonden." }),
);

describe.each(testDatabases)("action() op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let countryId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    [{ id: countryId }] = await db.insert(countries).values({ code: "QZ", name: "Testland", basis: "iemand anders", listedOn: "2026-01-01", nextReviewOn: "2099-01-01" }).returning();
  });
  afterAll(() => close());

  const name = async () => (await db.select({ name: countries.name }).from(countries).where(eq(countries.id, countryId)))[0].name;

  it("refuses a record the viewer may not change, logs the refusal with the record, and changes nothing", async () => {
    harness.viewer = ciso;
    const { state } = await call(renameOwnCountry, { id: String(countryId), name: "Gewijzigd" });
    expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "country.update", actorId: ciso.id, objectType: "country", objectId: String(countryId), result: "denied" });
    expect(await name()).toBe("Testland");

    await db.update(countries).set({ basis: ciso.name }).where(eq(countries.id, countryId));
    const allowed = await call(renameOwnCountry, { id: String(countryId), name: "Gewijzigd" });
    expect(allowed.state).toMatchObject({ ok: true });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "country.update", objectId: String(countryId), result: "success" });
    expect(await name()).toBe("Gewijzigd");
  });

  it("says a missing record is missing", async () => {
    harness.viewer = ciso;
    const { state } = await call(renameOwnCountry, { id: "2147483647", name: "X" });
    expect(state).toMatchObject({ ok: false, message: "Dit land bestaat niet (meer)." });
  });

  it("refuses control characters per field, returns the text without them, and changes nothing", async () => {
    harness.viewer = ciso;
    const before = await db.$count(auditEvents);
    const { state } = await call(renameOwnCountry, { id: String(countryId), name: "Nieuw\u0000land\u0007" });
    expect(state).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("onzichtbaar stuurteken")] }, values: { name: "Nieuwland" } });
    expect(await name()).toBe("Gewijzigd");
    expect(await db.$count(auditEvents)).toBe(before);
  });

  it("refuses an id beyond the integer range in the schema, with a Dutch message", async () => {
    harness.viewer = ciso;
    const { state } = await call(renameOwnCountry, { id: "99999999999", name: "X" });
    expect(state).toMatchObject({ ok: false, fieldErrors: { id: ["Deze waarde klopt niet."] } });
  });

  it("answers a value the database refuses with a Dutch message instead of a crash", async () => {
    harness.viewer = ciso;
    const { state } = await call(sloppyLookup, { id: "99999999999" });
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("kan niet worden opgeslagen") });
  });

  it("runAsSystem writes the change and its audit row with actor 'systeem', in one transaction", async () => {
    await runAsSystem("country.update", async ({ tx, lock, audit }) => {
      const before = await lock(countries, countryId);
      await tx.update(countries).set({ nextReviewOn: "2099-06-01" }).where(eq(countries.id, countryId));
      await audit({ action: "country.update", objectType: "country", objectId: countryId, before, after: { nextReviewOn: "2099-06-01" } });
    }, db);
    expect(await lastAuditEvent(db)).toMatchObject({ actorId: null, actorLabel: "systeem", ip: null, action: "country.update", result: "success" });
  });

  it("runAsSystem keeps nothing of a failed job and logs the failure", async () => {
    await expect(runAsSystem("country.update", async ({ tx, audit }) => {
      await tx.update(countries).set({ name: "Half" }).where(eq(countries.id, countryId));
      await audit({ action: "country.update", objectType: "country", objectId: countryId });
      throw new Error("job failed");
    }, db)).rejects.toThrow("job failed");
    expect(await name()).toBe("Gewijzigd");
    expect(await lastAuditEvent(db)).toMatchObject({ actorLabel: "systeem", action: "country.update", objectType: "job", result: "failure" });
  });
});
