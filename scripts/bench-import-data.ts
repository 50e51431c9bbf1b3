import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { demoApps } from "@/db/seed/demo-lists";

// The Intune-format file of the import benchmark, generated the same way on every run (a fixed seed): each device
// reports `appsPerDevice` apps, mostly ordinary work and personal apps, with a realistic share of listed ones.

const HEADER = "ApplicationKey,ApplicationName,ApplicationPublisher,ApplicationShortVersion,ApplicationVersion,DeviceId,DeviceName,EmailAddress,OSDescription,OSVersion,Platform,UserId,UserName";

// Mulberry32: small, fast and the same everywhere, so the file and its figures are reproducible.
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type App = { key: string; name: string; publisher: string };

// Listed apps by identifier; TikTok and WeChat are the common ones. Lemon8 has no identifier on the list:
// it is found by name and publisher (the flagged fallback).
const listed: { app: (ios: boolean) => App | null; share: number }[] = [
  ...demoApps.filter((a) => a.ios || a.android).map((a) => ({
    app: (ios: boolean) => ((ios ? a.ios : a.android) ? { key: (ios ? a.ios : a.android)!, name: a.name, publisher: `${a.vendor} Ltd.` } : null),
    share: a.name === "TikTok" ? 0.05 : a.name === "WeChat" ? 0.02 : 0.005,
  })),
  { app: () => ({ key: "com.bd.nproject", name: "Lemon8", publisher: "Bytedance Pte. Ltd." }), share: 0.003 },
];

// 600 ordinary apps, so each device's hundred are drawn from a realistic spread.
const ordinary: App[] = Array.from({ length: 600 }, (_, i) => ({ key: `com.vendor${i % 97}.app${i}`, name: `Werkapp ${i}`, publisher: `Uitgever ${i % 97} B.V.` }));

const uuid = (rnd: () => number) =>
  "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (c) => ((rnd() * 16) | (c === "y" ? 8 : 0)).toString(16).slice(-1));

/** Writes devices × appsPerDevice rows plus the header; owners are bench0..benchN@voorbeeld.nl, every tenth unknown. */
export async function writeIntuneCsv(file: string, devices: number, appsPerDevice: number, owners: number): Promise<number> {
  const rnd = random(20260226);
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`${HEADER}\r\n`);
  for (let d = 0; d < devices; d++) {
    const ios = rnd() < 0.6;
    const deviceId = uuid(rnd);
    const userId = uuid(rnd);
    const email = d % 10 === 9 ? `extern${d}@leverancier.nl` : `bench${d % owners}@voorbeeld.nl`;
    const device = `${deviceId},${ios ? "iPhone" : "Galaxy"}-${d},${email},${ios ? "iOS 17.5.1" : "Android 14"},${ios ? "17.5.1" : "14"},${ios ? "iOS" : "Android"},${userId},Medewerker ${d}`;
    const apps = listed.map((l) => (rnd() < l.share ? l.app(ios) : null)).filter((a): a is App => a !== null);
    let rows = "";
    for (let i = 0; i < appsPerDevice; i++) {
      const app = apps[i] ?? ordinary[Math.floor(rnd() * ordinary.length)];
      rows += `${app.key},"${app.name}","${app.publisher}",${1 + (i % 9)}.${i % 30},${1 + (i % 9)}.${i % 30}.${d % 100},${device}\r\n`;
    }
    await write(rows);
  }
  out.end();
  await once(out, "finish");
  return bytes;
}
