import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { seededDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { inventoryImports, users } from "@/db/schema";
import { riskGroupLabels } from "@/lib/labels";
import { classifyStagingRange, summariseImport } from "@/lib/inventory/classify";
import { inDays, listedApp, newDepartment, newExemption, newImport, newPerson, row, stage } from "@/lib/inventory/inventory.fixtures";
import { getComplianceOverview, getCurrentImport, getTrend, listImports, listOwnersToAskForRemoval, listViolatingDevices } from "./inventory";

const figure = (key: string, label: string, devices: number, violations: number, exempted: number, unknown: number) =>
  ({ key, label, devices, violations, exempted, unknown });

describe.each(testDatabases)("overzicht van de inventaris op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let importId: number;
  let department: { id: number; name: string };
  let people: Record<"anna" | "bram" | "cor", { id: string; email: string; name: string }>;
  const ids: Record<string, number> = {};

  // Six devices: d1 and d2 of Anna (bestuurder, with an exemption for TikTok), d3 and d6 of Bram, d4 of Cor
  // (no department), d5 of an address without an account. d6 has nothing from the list.
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    department = await newDepartment(db, "Afdeling Proef");
    people = {
      anna: await newPerson(db, { name: "Anna Aalbers", departmentId: department.id, riskGroup: "executive" }),
      bram: await newPerson(db, { name: "Bram Bos", departmentId: department.id }),
      cor: await newPerson(db, { name: "Cor Claassen", riskGroup: "senior" }),
    };
    const older = await newImport(db, { status: "completed", finishedAt: new Date(Date.now() - 86_400_000), deviceCount: 3, violatingDeviceCount: 2, violationCount: 2, exemptedCount: 0, unknownCount: 1 });
    const imp = await newImport(db, { status: "running", managedDeviceTotal: 10 });
    importId = imp.importId;
    for (const name of ["TikTok", "WeChat", "CapCut", "Lemon8"]) ids[name] = (await listedApp(db, imp.listVersionId, name)).appId;
    await newExemption(db, { userId: people.anna.id, appId: ids.TikTok, endsOn: inDays(10) });
    const { anna, bram, cor } = people;
    const range = await stage(db, [
      row("d1", anna.email, { key: "com.zhiliaoapp.musically" }), row("d1", anna.email, { key: "com.tencent.xin" }),
      row("d2", anna.email, { key: "com.lemon.lvoverseas" }, "Android"),
      row("d3", bram.email, { key: "com.bd.lemon8", name: "Lemon8", publisher: "Bytedance" }),
      row("d4", cor.email, { key: "com.zhiliaoapp.musically" }),
      row("d5", "vreemd@elders.nl", { key: "com.tencent.mm" }, "Android"),
      row("d6", bram.email, { key: "com.microsoft.teams" }),
    ]);
    await classifyStagingRange(db, { ...imp, ...range });
    await db.transaction(async (tx) => {
      const summary = await summariseImport(tx, importId);
      await tx.update(inventoryImports).set({ ...summary, status: "completed", finishedAt: new Date(), rowCount: 7 }).where(eq(inventoryImports.id, importId));
    });
    await newImport(db, { status: "failed", problems: [{ line: 3, message: "a" }, { line: 9, message: "b" }] });
    ids.older = older.importId;
  });
  afterAll(() => close());

  it("the overview counts devices per app, department and risk group, exactly", async () => {
    const overview = await getComplianceOverview(db, importId, riskGroupLabels);
    expect(overview).toEqual({
      deviceCount: 6, managedDeviceTotal: 10, violatingDeviceCount: 4, nameMatchCount: 1,
      byApp: [
        figure(String(ids.TikTok), "TikTok", 2, 1, 1, 0),
        figure(String(ids.WeChat), "WeChat", 2, 1, 0, 1),
        figure(String(ids.CapCut), "CapCut", 1, 1, 0, 0),
        figure(String(ids.Lemon8), "Lemon8", 1, 1, 0, 0),
      ],
      byDepartment: [
        figure(String(department.id), "Afdeling Proef", 3, 3, 1, 0),
        figure("geen", "Geen afdeling", 1, 1, 0, 0),
        figure("onbekend", "Onbekende eigenaar", 1, 0, 0, 1),
      ],
      byRiskGroup: [
        figure("executive", "Bestuurder (college van B&W)", 2, 2, 1, 0),
        figure("senior", "Topfunctie", 1, 1, 0, 0),
        figure("standard", "Standaard", 1, 1, 0, 0),
        figure("onbekend", "Onbekende eigenaar", 1, 0, 0, 1),
      ],
    });
  });

  it("the kept counts at completion agree with the overview", async () => {
    const [row] = await db.select().from(inventoryImports).where(eq(inventoryImports.id, importId));
    expect(row).toMatchObject({ deviceCount: 6, matchCount: 6, violatingDeviceCount: 4, violationCount: 4, exemptedCount: 1, unknownCount: 1 });
  });

  it("violating devices come in pages by device name, with their owner and only the apps that are a violation", async () => {
    const first = await listViolatingDevices(db, importId, { page: 1, pageSize: 3 });
    expect(first.total).toBe(4);
    expect(first.rows.map((r) => [r.deviceId, r.ownerName, r.department, r.apps.map((a) => `${a.appName}:${a.matchKind}`)])).toEqual([
      ["d1", "Anna Aalbers", "Afdeling Proef", ["WeChat:identifier"]],
      ["d2", "Anna Aalbers", "Afdeling Proef", ["CapCut:identifier"]],
      ["d3", "Bram Bos", "Afdeling Proef", ["Lemon8:name"]],
    ]);
    expect(first.rows[1]).toMatchObject({ platform: "Android", deviceName: "Toestel d2", ownerEmail: people.anna.email, riskGroup: "executive" });
    const second = await listViolatingDevices(db, importId, { page: 2, pageSize: 3 });
    expect(second).toEqual({ total: 4, rows: [expect.objectContaining({ deviceId: "d4", ownerName: "Cor Claassen", department: null })] });
    expect(second.rows[0]).not.toHaveProperty("total");
    expect(await listViolatingDevices(db, importId, { page: 3, pageSize: 3 })).toEqual({ total: 4, rows: [] });
  });

  it("an exemption approved after the import turns the violation into an uitzondering at once", async () => {
    await newExemption(db, { userId: people.cor.id, appId: ids.TikTok, endsOn: inDays(5) });
    const overview = await getComplianceOverview(db, importId, riskGroupLabels);
    expect(overview.violatingDeviceCount).toBe(3);
    expect(overview.byRiskGroup.find((f) => f.key === "senior")).toEqual(figure("senior", "Topfunctie", 1, 0, 1, 0));
    expect((await listViolatingDevices(db, importId, { page: 1, pageSize: 10 })).rows.map((r) => r.deviceId)).toEqual(["d1", "d2", "d3"]);
  });

  it("owners to ask: active owners with a violation, each with devices and apps; an account deactivated since is left out", async () => {
    const owners = await db.transaction((tx) => listOwnersToAskForRemoval(tx, importId));
    expect(owners).toEqual([
      { userId: people.anna.id, email: people.anna.email, name: "Anna Aalbers", devices: [{ deviceName: "Toestel d1", apps: ["WeChat"] }, { deviceName: "Toestel d2", apps: ["CapCut"] }] },
      { userId: people.bram.id, email: people.bram.email, name: "Bram Bos", devices: [{ deviceName: "Toestel d3", apps: ["Lemon8"] }] },
    ]);
    await db.update(users).set({ active: false }).where(eq(users.id, people.bram.id));
    expect((await listOwnersToAskForRemoval(db, importId)).map((o) => o.name)).toEqual(["Anna Aalbers"]);
  });

  it("the current import is the newest completed one; the list shows every import with its problems; the trend runs oldest first", async () => {
    expect(await getCurrentImport(db)).toMatchObject({ id: importId, rowCount: 7, deviceCount: 6, matchCount: 6, managedDeviceTotal: 10, listVersionNumber: 1 });
    const list = await listImports(db);
    expect(list.map((i) => [i.status, i.problemCount])).toEqual([["failed", 2], ["completed", 0], ["completed", 0]]);
    expect(list[1].id).toBe(importId);
    const trend = await getTrend(db);
    expect(trend.map((t) => [t.importId, t.deviceCount, t.violatingDeviceCount, t.violationCount, t.exemptedCount, t.unknownCount])).toEqual([
      [ids.older, 3, 2, 2, 0, 1],
      [importId, 6, 4, 4, 1, 1],
    ]);
    expect((await getTrend(db, 1)).map((t) => t.importId)).toEqual([importId]);
  });
});

describe.each(testDatabases)("zonder inventaris op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await seededDb(url)));
  afterAll(() => close());

  it("there is no current import and no trend", async () => {
    expect(await getCurrentImport(db)).toBeNull();
    expect(await getTrend(db)).toEqual([]);
    expect(await listImports(db)).toEqual([]);
  });
});
