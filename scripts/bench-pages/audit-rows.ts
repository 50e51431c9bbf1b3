import { createWriteStream, rmSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { desc, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditCheckpoints, auditEvents } from "@/db/schema";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/chain";
import { checkpointMac, CHECKPOINT_EVERY_ROWS } from "@/lib/audit/checkpoint";
import { checkpointKey } from "@/lib/audit/key";
import { random } from "../bench-import-data";
import { copyCsv, csvField } from "./copy";

const CHUNK = 100_000;
const ACTIONS = [
  { action: "exemption.approve", objectType: "exemption" },
  { action: "app.update", objectType: "app" },
  { action: "user.update", objectType: "user" },
  { action: "exemption.request", objectType: "exemption" },
  { action: "policy.acknowledge", objectType: "policy_version" },
  { action: "auth.login", objectType: "user" },
] as const;

/**
 * Appends `rows` audit rows to the chain as the portal would have written them over the past year: each row's
 * hash covers the previous one (lib/audit/chain.ts hashEvent), and a checkpoint signed with the portal's key
 * (checkpointKey, so AUDIT_CHECKPOINT_KEY or DATA_DIR/audit-key) follows every 100 rows, as checkpointIfDue
 * does. Written with COPY in slices of 100,000 rows, ids given explicitly; the sequences follow afterwards.
 * Run it while nothing else writes to the log.
 */
export async function appendAuditRows(db: Db, rows: number, dir: string, userIds: string[]) {
  const rnd = random(20261126);
  const key = checkpointKey();
  const [head] = await db.select({ id: auditEvents.id, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  let id = head?.id ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const end = Date.now() - 60_000;
  const start = end - 365 * 24 * 3600 * 1000;
  const step = Math.max(1, Math.floor((end - start) / Math.max(rows, 1)));
  const checkpoints: { eventId: number; headHash: string; reason: string; createdAt: Date; mac: string }[] = [];
  for (let from = 0; from < rows; from += CHUNK) {
    const file = path.join(dir, `audit-${from}.csv`);
    const out = createWriteStream(file);
    const count = Math.min(CHUNK, rows - from);
    let text = "";
    for (let i = 0; i < count; i++) {
      const n = from + i;
      const kind = ACTIONS[Math.floor(rnd() * ACTIONS.length)];
      const user = userIds[Math.floor(rnd() * userIds.length)];
      const fields = {
        at: new Date(start + n * step),
        actorId: user,
        actorLabel: `Bench Persoon ${n % 5000}`,
        action: kind.action,
        objectType: kind.objectType,
        objectId: String(1 + Math.floor(rnd() * 1000)),
        result: rnd() < 0.03 ? ("denied" as const) : ("success" as const),
        ip: `10.${n % 250}.${(n >> 8) % 250}.${n % 200}`,
        before: kind.action.endsWith("update") ? { name: `oud ${n}` } : null,
        after: kind.action.endsWith("update") ? { name: `nieuw ${n}` } : null,
        prevHash,
      };
      const hash = hashEvent(fields);
      id++;
      text += [String(id), fields.at.toISOString(), fields.actorId, fields.actorLabel, fields.action, fields.objectType, fields.objectId, fields.result, fields.ip,
        fields.before && JSON.stringify(fields.before), fields.after && JSON.stringify(fields.after), prevHash, hash].map(csvField).join(",") + "\n";
      prevHash = hash;
      if (id % CHECKPOINT_EVERY_ROWS === 0 || n === rows - 1) {
        const c = { eventId: id, headHash: hash, reason: "interval", createdAt: fields.at };
        checkpoints.push({ ...c, mac: checkpointMac(key, c) });
      }
      if (text.length > 1 << 20) {
        if (!out.write(text)) await once(out, "drain");
        text = "";
      }
    }
    out.end(text);
    await once(out, "finish");
    await copyCsv(db, "audit_event (id, at, actor_id, actor_label, action, object_type, object_id, result, ip, before, after, prev_hash, hash)", file);
    rmSync(file);
  }
  for (let i = 0; i < checkpoints.length; i += 1000) await db.insert(auditCheckpoints).values(checkpoints.slice(i, i + 1000));
  await db.execute(sql`select setval(pg_get_serial_sequence('audit_event', 'id'), (select max(id) from audit_event))`);
  return { rows, checkpoints: checkpoints.length };
}
