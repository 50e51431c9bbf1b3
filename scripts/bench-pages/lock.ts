import { spawn } from "node:child_process";
import { once } from "node:events";

/**
 * Holds `flock FILE` until release() (or until this process ends: flock's child then reads end of input and
 * stops). With no file, there is nothing to hold. Used for the shared `.next` build folder (BENCH_LOCK).
 */
export async function holdLock(file: string | undefined): Promise<{ release(): Promise<void> }> {
  if (!file) return { release: async () => {} };
  const child = spawn("flock", [file, "sh", "-c", "echo vast; cat"], { stdio: ["pipe", "pipe", "inherit"] });
  let buffered = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes("vast")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`flock ${file} stopte (code ${code})`)));
  });
  return {
    async release() {
      child.stdin!.end();
      if (child.exitCode === null) await once(child, "exit");
    },
  };
}
