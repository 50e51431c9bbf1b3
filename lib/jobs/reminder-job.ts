import "server-only";
import { getCurrentPolicyVersion } from "@/db/queries/policy-audience";
import { todayIso } from "@/lib/dates";
import { queueDueReminders } from "@/lib/policy/reminders";
import { runAsSystem } from "@/lib/system-action";
import type { Job } from "./job";

/**
 * Queues the reminders of the current policy version that are due today. One audit row per run that
 * queued something, with the count; a run that finds nothing to do leaves no trace.
 */
export async function queueReminders(db: Parameters<Job["run"]>[0], now: Date): Promise<number> {
  const version = await getCurrentPolicyVersion(db, todayIso(now));
  if (!version) return 0;
  return runAsSystem(
    "policy.reminders.queue",
    async ({ tx, audit }) => {
      const count = await queueDueReminders(tx, version, now);
      if (count > 0) await audit({ action: "policy.reminders.queue", objectType: "policy_version", objectId: version.id, after: { count, versionNumber: version.number } });
      return count;
    },
    db,
  );
}

export const reminderJob: Job = {
  name: "policy-reminders",
  label: "herinneringen voor kennisname klaarzetten",
  everyMs: 5 * 60_000,
  runAtStart: true,
  run: async (db, now) => {
    await queueReminders(db, now);
  },
};
