import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { seededDb, testDatabases } from "@/test/databases";
import { roles } from "@/db/schema/enums";
import type { Db } from "@/db/client";
import { actionSchema, type ActionState } from "@/lib/action";
import { activationSchema } from "@/app/(public)/activeren/[token]/schemas";
import { fieldNames, fingerprint, naughtyStrings } from "./naughty";

type Run = (prev: ActionState, data: FormData) => Promise<ActionState>;

// Every server action in the app, found on disk, so a new one is covered without editing this file.
// Sign-in and sign-out go through next-auth, not a form schema: their own tests cover them.
const root = path.resolve(import.meta.dirname, "../../app");
const actionFiles = (readdirSync(root, { recursive: true }) as string[])
  .filter((file) => path.basename(file) === "actions.ts" && !file.includes("(auth)"))
  .sort();

async function loadActions() {
  const found: { name: string; run: Run; fields: string[] }[] = [];
  for (const file of actionFiles) {
    const exports = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== "function") continue;
      const fields = fieldNames(actionSchema(value)).length > 0 ? fieldNames(actionSchema(value)) : name === "activateAccountAction" ? fieldNames(activationSchema) : [];
      found.push({ name: `${path.dirname(file)}: ${name}`, run: value as Run, fields });
    }
  }
  return found;
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

describe.each(testDatabases)("elke actie met naughty strings op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let everyone: TestViewer;
  let actions: Awaited<ReturnType<typeof loadActions>>;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    // Every role, so input reaches the schema and the database instead of stopping at the permission.
    everyone = { ...(await viewerFor(db, "ciso@voorbeeld.nl")), roles: [...roles] };
    actions = await loadActions();
  }, 120_000);
  afterAll(() => close());

  it("finds the actions and the fields of each", () => {
    expect(actions.length).toBeGreaterThanOrEqual(15);
    for (const a of actions) expect(a.fields, a.name).not.toHaveLength(0);
  });

  let known: string | null = null;

  /** One call: never a crash; a refusal says why in Dutch and leaves every table as it was. */
  async function check(a: { name: string; run: Run }, values: Record<string, string>) {
    harness.viewer = everyone;
    const before = (known ??= await fingerprint(db));
    known = null;
    let outcome: Awaited<ReturnType<typeof call<ActionState>>>;
    try {
      outcome = await call<ActionState>(a.run, values);
    } catch (error) {
      throw new Error(`${a.name} threw for ${JSON.stringify(values).slice(0, 300)}: ${String(error)}`);
    }
    if (outcome.redirectTo) return;
    const state = outcome.state!;
    expect(state, a.name).toMatchObject({ ok: expect.any(Boolean), message: expect.any(String) });
    if (state.ok) return;
    known = await fingerprint(db);
    expect(state.message, a.name).toMatch(/[a-z]{3,}/);
    expect(state.message, `${a.name}: English reached the user`).not.toMatch(/\b(error|failed|invalid|expected|received)\b/i);
    expect(known, `${a.name} changed data while refusing ${JSON.stringify(values).slice(0, 300)}`).toBe(before);
  }

  it("every naughty string in every field of every action: no crash, a Dutch refusal changes nothing", async () => {
    for (const a of actions) {
      for (const value of naughtyStrings) await check(a, Object.fromEntries(a.fields.map((f) => [f, value])));
    }
  }, 1_500_000);

  it("random mixes of naughty and ordinary values per field (fast-check)", async () => {
    const ordinary = ["1", "2", "ja", "banned", "discouraged", "own_finding", "vng_top", "CN", "2027-01-01", "medewerker", "ciso", "Een geldige toelichting van genoeg tekens", "nieuw@voorbeeld.nl", "Voorbeeld-demo-2026-lang"];
    const pool = fc.constantFrom(...naughtyStrings, ...ordinary);
    for (const a of actions) {
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(a.fields.map((f) => [f, pool]))), async (values) => check(a, values)),
        { numRuns: RUNS },
      );
    }
  }, 1_500_000);
});
