import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { listVersionApps, listVersionCountries, listVersions } from "@/db/schema";
import type { ListChangelog } from "@/db/schema/list-types";
import { getDraftSnapshot, getLatestVersion, getVersionSnapshot, versionContentHash } from "@/db/queries/list-versions";
import { changeCount, diffLists } from "./diff";

// Publishing compares the draft with the latest version (lib/lists/diff.ts), so it lives above the
// database layer; the reads and the content hash it uses are in db/queries/list-versions.ts.
type Reader = Db | Tx;

/** What publishing now would change, compared with the latest published version. */
export async function getPendingChanges(db: Reader): Promise<ListChangelog> {
  const latest = await getLatestVersion(db);
  const before = latest ? await getVersionSnapshot(db, latest.id) : { apps: [], countries: [] };
  return diffLists(before, await getDraftSnapshot(db));
}

export class NothingToPublishError extends Error {}

/**
 * Freezes the draft as the next numbered version with its changelog and content hash. Runs inside the
 * caller's transaction, which also writes the audit row (with `contentHash`, so the hash is in the chain;
 * writing that row signs a checkpoint); an advisory lock keeps two publishers from claiming the same number.
 */
export async function publishListVersion(tx: Tx, by: { userId: string | null; name: string }, note: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
  const latest = await getLatestVersion(tx);
  const before = latest ? await getVersionSnapshot(tx, latest.id) : { apps: [], countries: [] };
  const draft = await getDraftSnapshot(tx);
  const changelog = diffLists(before, draft);
  if (changeCount(changelog) === 0) throw new NothingToPublishError();

  const contentHash = versionContentHash(draft);
  const [version] = await tx
    .insert(listVersions)
    .values({ number: (latest?.number ?? 0) + 1, publishedById: by.userId, publishedByName: by.name, note, changelog, contentHash })
    .returning({ id: listVersions.id, number: listVersions.number, publishedAt: listVersions.publishedAt, contentHash: listVersions.contentHash });
  if (draft.apps.length > 0) {
    await tx.insert(listVersionApps).values(draft.apps.map((row) => ({ ...row, versionId: version.id })));
  }
  if (draft.countries.length > 0) {
    await tx.insert(listVersionCountries).values(draft.countries.map((row) => ({ ...row, versionId: version.id })));
  }
  return { ...version, changelog };
}

