import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";

// The server Playwright started must run on the Node 24 that npm installs (issue: Node 20 is past its end of life),
// not on whatever `node` the machine has. The version is not published over HTTP (that would help an attacker), so the
// test finds the process listening on the test port through /proc and asks its own executable.
function listeningSocketInodes(port: number): Set<string> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let lines: string[] = [];
    try {
      lines = readFileSync(table, "utf8").split("\n").slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT"; state 0A is LISTEN; the inode is column 10.
      if (cols.length > 9 && cols[1].endsWith(`:${hexPort}`) && cols[3] === "0A") inodes.add(cols[9]);
    }
  }
  return inodes;
}

function serverExecutable(port: number): string | null {
  const inodes = listeningSocketInodes(port);
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return readlinkSync(`/proc/${pid}/exe`);
      } catch {
        // the process or descriptor went away while we looked
      }
    }
  }
  return null;
}

test("de server draait op Node.js 24", async ({ request }) => {
  test.skip(process.platform !== "linux", "leest /proc");
  expect((await request.get("/inloggen")).ok()).toBe(true);
  const port = Number(new URL(baseURL).port);
  const executable = serverExecutable(port);
  expect(executable, `geen proces gevonden dat luistert op poort ${port}`).not.toBeNull();
  const version = execFileSync(executable!, ["--version"], { encoding: "utf8" }).trim();
  expect(version).toBe(`v${readFileSync(".nvmrc", "utf8").trim()}`);
});
