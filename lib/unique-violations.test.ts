import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull, sql } from "drizzle-orm";
import { call, harness, useDb, viewerFor } from "@/test/action-harness";
import { seededDb, testDatabases } from "@/test/databases";
import { apps, vendors } from "@/db/schema";
import type { Db } from "@/db/client";
import { createAppAction } from "@/app/(portal)/lijsten/apps/actions";
import { describeUniqueViolation, violatedConstraint } from "./unique-violations";

describe("describeUniqueViolation", () => {
  it("names the constraint from postgres.js, PGlite and a wrapped error", () => {
    expect(violatedConstraint({ code: "23505", constraint_name: "app_ios_unique" })).toBe("app_ios_unique");
    expect(violatedConstraint({ code: "23505", constraint: "vendor_name_unique" })).toBe("vendor_name_unique");
    expect(violatedConstraint(new Error("Failed query", { cause: { code: "23505", constraint: "country_code_unique" } }))).toBe("country_code_unique");
    expect(violatedConstraint({ message: 'duplicate key value violates unique constraint "app_user_email_unique"' })).toBe("app_user_email_unique");
    expect(violatedConstraint({ code: "23505" })).toBeNull();
  });

  it("marks the field the form sent, with a specific Dutch message", () => {
    const result = describeUniqueViolation({ constraint: "department_name_unique" }, ["departmentName"]);
    expect(result.message).toBe("Deze afdeling bestaat al.");
    expect(result.fieldErrors).toEqual({ departmentName: ["Er is al een afdeling met deze naam. Kies een andere naam."] });
    expect(describeUniqueViolation({ constraint: "department_name_unique" }, ["id", "name"]).fieldErrors).toHaveProperty("name");
    expect(describeUniqueViolation({ constraint: "app_user_email_unique" }, ["email"]).fieldErrors?.email?.[0]).toContain("e-mailadres");
  });

  it("falls back to the general message for an unknown constraint and marks no field that was not sent", () => {
    expect(describeUniqueViolation({ constraint: "iets_anders" }, ["name"])).toEqual({ message: "Dit bestaat al. Kies een andere waarde." });
    expect(describeUniqueViolation({ constraint: "app_ios_unique" }, ["name"]).fieldErrors).toBeUndefined();
  });
});

describe.each(testDatabases)("a duplicate app on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(async () => {
    harness.viewer = null;
    await close();
  });

  it("KWAI for Kuaishou marks the name field and says the app is already there; nothing is added", async () => {
    const [{ id: kuaishou }] = await db.select({ id: vendors.id }).from(vendors).where(eq(vendors.name, "Kuaishou"));
    const count = () => db.$count(apps, and(eq(apps.vendorId, kuaishou), isNull(apps.removedAt), sql`lower(${apps.name}) = 'kwai'`));
    expect(await count()).toBe(1);
    const { state } = await call(createAppAction, {
      name: "KWAI", vendorId: String(kuaishou), category: "Video", measure: "banned", source: "own_finding", iosBundleId: "", androidPackage: "",
    });
    expect(state).toMatchObject({ ok: false, message: "Deze app staat al in het concept." });
    expect(state?.fieldErrors?.name?.[0]).toContain("Deze leverancier heeft al een app met deze naam");
    expect(state?.values?.name).toBe("KWAI");
    expect(await count()).toBe(1);
  });
});
