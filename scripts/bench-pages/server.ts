import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as delay } from "node:timers/promises";
import { nextBin } from "./bare-next";

export type Server = { url: string; stop(): Promise<void>; queries(): number; output(): string };

/**
 * `next start` on a loopback port in `cwd`. Counts the lines the portal's query counter writes (db/client.ts,
 * on only with BENCH_COUNT_QUERIES=1) and keeps the rest of the output for when the start fails.
 */
export async function startNext(cwd: string, projectRoot: string, port: number, env: Record<string, string | undefined>, readyPath = "/"): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [nextBin(projectRoot), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  let queries = 0;
  let output = "";
  const carry = { stdout: "", stderr: "" };
  const reader = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
    const lines = (carry[stream] + chunk.toString()).split("\n");
    carry[stream] = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith("[bench-sql]")) queries++;
      else if (line && output.length < 200_000) output += `${line}\n`;
    }
  };
  child.stdout!.on("data", reader("stdout"));
  child.stderr!.on("data", reader("stderr"));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start stopte (code ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(url + readyPath, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start antwoordde niet binnen 10 minuten:\n${output}`);
    await delay(500);
  }
  return {
    url,
    queries: () => queries,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await Promise.race([exited, delay(10_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
