import "server-only";
import type { Db } from "@/db/client";
import type { Job } from "./job";
import { mailJob } from "./mail-job";
import { reminderJob } from "./reminder-job";
import { exemptionJob } from "@/lib/exemptions/jobs";

export type { Job } from "./job";

/**
 * Every background task of the portal: register a new one by adding it to this array (and its import).
 * The reminders come before the mail job, so what they queue at start goes out in the first mail run.
 */
export const jobs: Job[] = [reminderJob, mailJob, exemptionJob];

type Scheduled = { stop: () => void; runNow: () => Promise<void> };

/**
 * Runs each job on its own interval. A job never overlaps itself within this process (a slow run makes
 * the next tick skip); its errors are logged and the next tick tries again. Several portal processes
 * may run the same jobs: the jobs themselves are safe for that (SKIP LOCKED, primary keys).
 */
export function runJobs(jobs: Job[], db: () => Db, clock: () => Date = () => new Date()): Scheduled {
  const running = new Set<string>();
  const tick = async (job: Job) => {
    if (running.has(job.name)) return;
    running.add(job.name);
    try {
      await job.run(db(), clock());
    } catch (error) {
      console.error(`Achtergrondtaak "${job.label}" is mislukt; de volgende keer wordt het opnieuw geprobeerd.`, error);
    } finally {
      running.delete(job.name);
    }
  };
  const timers = jobs.map((job) => {
    const timer = setInterval(() => void tick(job), job.everyMs);
    timer.unref?.();
    return timer;
  });
  return {
    stop: () => timers.forEach(clearInterval),
    // In order, so the start-up runs see each other's results (reminders first, then mail).
    runNow: async () => {
      for (const job of jobs) if (job.runAtStart) await tick(job);
    },
  };
}

const STARTED = Symbol.for("portal.jobs.started");

/**
 * Starts the background jobs once per server process (lib/server-start.ts calls it after migrations
 * and seeding). JOBS_DISABLED=1 turns them off, e.g. for a read-only instance; tests never start them.
 */
export function startScheduler(db: () => Db, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.JOBS_DISABLED === "1" || env.VITEST || env.NEXT_PHASE === "phase-production-build") return false;
  const store = globalThis as unknown as Record<symbol, boolean>;
  if (store[STARTED]) return false;
  store[STARTED] = true;
  const scheduled = runJobs(jobs, db);
  void scheduled.runNow();
  return true;
}
