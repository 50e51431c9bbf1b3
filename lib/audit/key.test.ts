import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CheckpointKeyError, checkpointKey } from "./key";

describe("checkpointKey", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "audit-key-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses PostgreSQL without AUDIT_CHECKPOINT_KEY, in Dutch", () => {
    expect(() => checkpointKey({ env: { DATABASE_URL: "postgres://x@db/portal" } })).toThrow(CheckpointKeyError);
    expect(() => checkpointKey({ env: { DATABASE_URL: "postgres://x@db/portal" } })).toThrow(/AUDIT_CHECKPOINT_KEY ontbreekt/);
  });

  it("refuses a short key", () => {
    expect(() => checkpointKey({ env: { AUDIT_CHECKPOINT_KEY: "kort" } })).toThrow(/te kort/);
  });

  it("makes a key file next to the embedded database once, readable only by its owner, and keeps using it", () => {
    const env = { DATA_DIR: dir };
    expect(() => checkpointKey({ env, create: false })).toThrow(/ontbreekt/);
    const key = checkpointKey({ env });
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(checkpointKey({ env })).toBe(key);
    expect(readFileSync(path.join(dir, "audit-key"), "utf8")).toBe(key);
    expect(statSync(path.join(dir, "audit-key")).mode & 0o077).toBe(0);
  });

  it("prefers the configured key", () => {
    expect(checkpointKey({ env: { AUDIT_CHECKPOINT_KEY: " een-sleutel-van-meer-dan-32-tekens-lang ", DATA_DIR: dir } })).toBe("een-sleutel-van-meer-dan-32-tekens-lang");
  });
});
