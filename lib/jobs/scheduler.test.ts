import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import type { Job } from "./job";
import { jobs, runJobs, startScheduler } from "./scheduler";

const db = () => ({}) as Db;
const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;
const job = (name: string, run: Job["run"], runAtStart = true): Job => ({ name, label: name, everyMs: 1000, runAtStart, run });

describe("job scheduler", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs the start-up jobs in order, then each on its own interval", async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const scheduled = runJobs([job("a", async () => void calls.push("a")), job("b", async () => void calls.push("b"), false)], db);
    await scheduled.runNow();
    expect(calls).toEqual(["a"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.sort()).toEqual(["a", "a", "b"]);
    scheduled.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(3);
  });

  it("never overlaps a job with itself: a slow run makes the next ticks skip", async () => {
    vi.useFakeTimers();
    let active = 0;
    let most = 0;
    let runs = 0;
    let release: () => void = () => {};
    const slow = job("slow", async () => {
      runs++;
      active++;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => (release = resolve));
      active--;
    }, false);
    const scheduled = runJobs([slow], db);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    scheduled.stop();
    release();
  });

  it("logs a failing run in Dutch and tries again at the next tick", async () => {
    vi.useFakeTimers();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    let runs = 0;
    const scheduled = runJobs([job("flaky", async () => {
      runs++;
      if (runs === 1) throw new Error("database weg");
    })], db);
    await scheduled.runNow();
    expect(log.mock.calls[0][0]).toMatch(/^Achtergrondtaak "flaky" is mislukt/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    expect(log).toHaveBeenCalledTimes(1);
    scheduled.stop();
  });

  it("does not start with JOBS_DISABLED=1, during the build or in tests", () => {
    expect(startScheduler(db, env({ JOBS_DISABLED: "1" }))).toBe(false);
    expect(startScheduler(db, env({ NEXT_PHASE: "phase-production-build" }))).toBe(false);
    expect(startScheduler(db, env({ VITEST: "true" }))).toBe(false);
  });

  it("registers the reminder job before the mail job", () => {
    expect(jobs.map((j) => j.name).slice(0, 2)).toEqual(["policy-reminders", "mail"]);
  });
});
