import { gzipSync } from "node:zlib";
import { setTimeout as delay } from "node:timers/promises";
import autocannon from "autocannon";
import type { Server } from "./server";

export const CONNECTIONS = 10;

export type Load = { reqPerSec: number; p99: number; non2xx: number; errors: number };

/** autocannon on one URL: 10 connections, `duration` seconds, loopback only. */
export async function load(url: string, duration: number, cookie?: string): Promise<Load> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`alleen loopback: ${url}`);
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers: cookie ? { cookie } : {}, timeout: 10 });
  return { reqPerSec: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/**
 * One request on its own: status, size of the body, and the SQL statements the server ran for it (the fewest of
 * three tries, so a background job that happens to run in between does not count).
 */
export async function probe(server: Server, path: string, cookie?: string) {
  let status = 0;
  let bytes = 0;
  let queries = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const before = server.queries();
    const response = await fetch(server.url + path, { redirect: "manual", headers: cookie ? { cookie } : {} });
    bytes = (await response.arrayBuffer()).byteLength;
    status = response.status;
    await delay(100);
    queries = Math.min(queries, server.queries() - before);
    if (status !== 200) break;
  }
  return { status, bytes, queries };
}

/** The gzip size of the scripts a page loads (its <script src> tags): first-load JavaScript. */
export async function firstLoadJs(baseUrl: string, path: string, cookie?: string) {
  const html = await (await fetch(baseUrl + path, { headers: cookie ? { cookie } : {} })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let total = 0;
  for (const src of sources) total += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())).byteLength;
  return total;
}
