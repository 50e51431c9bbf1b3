import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const KEY_FILE = "audit-key";
const MIN_LENGTH = 32;

export class CheckpointKeyError extends Error {}

type KeyOptions = { env?: Record<string, string | undefined>; create?: boolean };

/**
 * The key for checkpoint MACs. It must not live in the database: whoever can rewrite the database
 * should still not be able to sign a checkpoint. On PostgreSQL it comes from AUDIT_CHECKPOINT_KEY
 * (required); for the embedded PGlite run it is kept in `audit-key` in the data folder, made at first
 * start by scripts/start.mjs (or here, for `next dev`).
 */
export function checkpointKey({ env = process.env, create = true }: KeyOptions = {}): string {
  const configured = env.AUDIT_CHECKPOINT_KEY?.trim();
  if (configured) {
    if (configured.length < MIN_LENGTH) throw new CheckpointKeyError(`AUDIT_CHECKPOINT_KEY is te kort: gebruik minstens ${MIN_LENGTH} tekens (openssl rand -base64 32).`);
    return configured;
  }
  if (env.DATABASE_URL) {
    throw new CheckpointKeyError("AUDIT_CHECKPOINT_KEY ontbreekt. Met PostgreSQL is een eigen sleutel voor de controlepunten van het auditlog verplicht. Maak er een met: openssl rand -base64 32");
  }
  // turbopackIgnore: the data folder is chosen at run time and must not pull the project into the build trace.
  const file = path.join(path.resolve(/* turbopackIgnore: true */ process.cwd(), env.DATA_DIR || ".data"), KEY_FILE);
  if (!existsSync(file)) {
    if (!create) throw new CheckpointKeyError(`Er is geen sleutel voor de controlepunten: ${file} ontbreekt en AUDIT_CHECKPOINT_KEY is niet gezet.`);
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process made it a moment ago: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}
