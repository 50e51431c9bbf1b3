import type { Db } from "@/db/client";

/** A background task of the portal. Correctness across instances must come from the database (locks, keys), not from here. */
export type Job = {
  /** Short English name, for code and logs. */
  name: string;
  /** Dutch description for the log when it fails. */
  label: string;
  everyMs: number;
  /** Also run once right after the server started. */
  runAtStart?: boolean;
  run: (db: Db, now: Date) => Promise<void>;
};
