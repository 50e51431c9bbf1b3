import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq, sql } from "drizzle-orm";
import { inventoryDevices, inventoryImports, inventoryMatches, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { importInventory } from "./import";
import { bodyOf, harmless, intuneCsv, tiktok } from "./test-kit";

describe.each(testDatabases)("importInventory on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let actor: { id: string; name: string };
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    const [ciso] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, "ciso@voorbeeld.nl"));
    actor = ciso;
  }, 60_000);
  afterAll(() => close());

  const run = (content: string | Uint8Array, extra: { byteLimit?: number; chunk?: number } = {}) =>
    importInventory(db, { actor, ip: "127.0.0.1", fileName: "export.csv", body: bodyOf(content, extra.chunk ?? 7), byteLimit: extra.byteLimit });
  const stagingCount = async () => Number((await db.select({ n: sql<number>`count(*)` }).from(sql`inventory_staging`))[0].n);
  const currentImport = async () => (await db.select().from(inventoryImports).where(eq(inventoryImports.status, "completed")).orderBy(desc(inventoryImports.id)).limit(1))[0];

  it("imports an Intune export with BOM, CRLF and quoted fields, and writes one audit row", async () => {
    const rows = [tiktok("D1", "communicatie@voorbeeld.nl"), tiktok("D2", "medewerker@voorbeeld.nl"), tiktok("D3", "onbekend@example.org"), harmless("D4", "ciso@voorbeeld.nl")];
    rows.push({ device: "D4", key: "x", name: 'Naam met "aanhalingstekens", komma\nen regel', email: "ciso@voorbeeld.nl" });
    const csv = intuneCsv(rows, { eol: "\r\n", bom: true });
    const result = await run(csv);
    expect(result).toMatchObject({ ok: true, counts: { rowCount: 5, deviceCount: 4, matchCount: 3, violationCount: 1, exemptedCount: 1, unknownCount: 1 } });
    const row = await currentImport();
    expect(row).toMatchObject({ format: "intune", rowCount: 5, byteSize: Buffer.byteLength(csv), status: "completed" });
    expect(row.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await lastAuditEvent(db);
    expect(audit).toMatchObject({ action: "inventory.import", objectId: String(row.id), result: "success" });
    expect((audit.after as { sha256: string }).sha256).toBe(row.fileSha256);
    const [name] = await db.select({ n: inventoryDevices.deviceName }).from(inventoryDevices).where(eq(inventoryDevices.deviceId, "D1"));
    expect(name.n).toBe("Toestel D1");
    expect(await stagingCount()).toBe(0);
  });

  it("imports the generic format with semicolons", async () => {
    const csv = "apparaat_id;eigenaar_email;platform;app_id;app_naam\nG1;medewerker@voorbeeld.nl;Android;com.zhiliaoapp.musically;TikTok\nG2;;Android;;\"Rijks;overheid\"\n";
    const result = await run(csv, { chunk: 3 });
    expect(result).toMatchObject({ ok: true, counts: { rowCount: 2, deviceCount: 2, violationCount: 1 } });
    expect((await currentImport()).format).toBe("generic");
  });

  const refusals: [string, string | Uint8Array, RegExp, number | null][] = [
    ["wrong columns", "DeviceId,Platform,Kleur\nA,iOS,rood\n", /ontbreken: ApplicationKey.*kent het portaal niet: kleur/s, 1],
    ["broken quoting", intuneCsv([tiktok("Q1")]).replace(/\n$/, "") + '\n"com.x,kapot,,1,1,Q2,,,,,iOS,,\nQ3,a,b\n', /Tot regel 5 is een aanhalingsteken/, 5],
    ["too many columns", intuneCsv([tiktok("Q1"), tiktok("Q2")]) + "a,b,c,d,e,f,g,h,i,j,k,l,m,n\n", /Regel 4: deze regel heeft meer kolommen/, 4],
    ["Windows-1252", Buffer.concat([Buffer.from(intuneCsv([tiktok("W1")])), Buffer.from("com.x,Caf\xe9,,1,1,W2,,,,,iOS,,\n", "latin1")]), /Regel 3: het bestand is niet in UTF-8/, 3],
    ["UTF-16", new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(intuneCsv([tiktok("U1")]), "utf16le")])), /UTF-16/, 1],
    ["a NUL byte", Buffer.concat([Buffer.from(intuneCsv([tiktok("N1")])), Buffer.from("com.x,a\0b,,1,1,N2,,,,,iOS,,\n")]), /Regel 3: het bestand bevat een NUL-teken/, 3],
    ["empty required fields", intuneCsv([tiktok("R1"), { device: "", key: "k", name: "n" }, { device: "R3", key: "", name: "", platform: "" }]), /Regel 3: het apparaat-id ontbreekt/, 3],
    ["a header only", intuneCsv([]), /alleen een kopregel/, null],
  ];

  it.each(refusals)("refuses %s with a Dutch message, and the previous inventory stays current", async (_label, content, message, line) => {
    const before = await currentImport();
    const result = await run(content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.problems[0].line).toBe(line);
    const [failed] = await db.select().from(inventoryImports).where(eq(inventoryImports.id, result.importId!));
    expect(failed.status).toBe("failed");
    expect(failed.problems?.[0].message).toMatch(message);
    expect((await currentImport()).id).toBe(before.id);
    expect(await db.select().from(inventoryDevices).where(eq(inventoryDevices.importId, failed.id))).toHaveLength(0);
    expect(await stagingCount()).toBe(0);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "inventory.import.failed", objectId: String(failed.id), result: "failure" });
  });

  it("reports the second bad row in a later chunk with its own line number", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => harmless(`C${i}`));
    rows[10] = { ...rows[10], name: "twee\nregels" };
    const csv = intuneCsv(rows).replace("C2500,", "C2500,extra,");
    const result = await importInventory(db, { actor, ip: null, fileName: "groot.csv", body: bodyOf(csv, 4096), pgliteChunkBytes: 16 * 1024 });
    expect(result).toMatchObject({ ok: false });
    // Row 2501 of the data is line 2503 of the file: the header and the quoted newline in row 11 come before it.
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 2503, message: expect.stringMatching(/^Regel 2503: deze regel heeft meer kolommen/) });
  });

  it("refuses a body over the byte limit while it arrives, leaving nothing", async () => {
    const before = await currentImport();
    const csv = intuneCsv(Array.from({ length: 200 }, (_, i) => tiktok(`B${i}`)));
    const result = await run(csv, { byteLimit: 4000, chunk: 1000 });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("te groot") });
    expect((await currentImport()).id).toBe(before.id);
    expect(await db.select().from(inventoryMatches).where(eq(inventoryMatches.importId, result.ok ? 0 : result.importId!))).toHaveLength(0);
  });

  it("lets only one of 50 parallel imports run; the others are told one is running", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const csv = intuneCsv([tiktok("P1", "medewerker@voorbeeld.nl")]);
    const [head, rest] = [csv.slice(0, csv.indexOf("\n") + 1), csv.slice(csv.indexOf("\n") + 1)];
    async function* gated() {
      yield new TextEncoder().encode(head);
      await gate;
      yield new TextEncoder().encode(rest);
    }
    const runs = Array.from({ length: 50 }, () => importInventory(db, { actor, ip: null, fileName: "p.csv", body: gated() }));
    let refused = 0;
    for (const r of runs) void r.then((x) => { if (!x.ok && ++refused === 49) open(); });
    setTimeout(open, 10_000);
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.message.startsWith("Er loopt al een import"))).toHaveLength(49);
  }, 30_000);

  it("treats a running import older than an hour as crashed", async () => {
    const [stale] = await db.insert(inventoryImports).values({ format: "intune", fileName: "oud.csv", startedByName: "x", startedAt: new Date(Date.now() - 2 * 3600_000) }).returning();
    expect((await run(intuneCsv([tiktok("S1")]))).ok).toBe(true);
    const [after] = await db.select().from(inventoryImports).where(eq(inventoryImports.id, stale.id));
    expect(after.status).toBe("failed");
  });
});
