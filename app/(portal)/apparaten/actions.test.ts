import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, like } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, inventoryRemovalRequests, organisation, outboxMessages } from "@/db/schema";
import type { Db } from "@/db/client";
import { requestRemovalAction, setManagedTotalAction } from "./actions";
import { importRow, insertInventory, type TestDevice } from "./inventory-test-kit";

// medewerker@ has TikTok and WeChat on two devices; communicatie@ has an approved TikTok exemption (demo);
// toezicht@ has WeChat found by name only (its request is not decided); one device has no known owner.
const devices = (tag: string): TestDevice[] => [
  { deviceId: `${tag}-1`, deviceName: `iPhone Noor ${tag}`, ownerEmail: "medewerker@voorbeeld.nl", apps: [{ name: "TikTok" }, { name: "WeChat" }] },
  { deviceId: `${tag}-2`, deviceName: `iPad Noor ${tag}`, ownerEmail: "medewerker@voorbeeld.nl", apps: [{ name: "TikTok" }] },
  { deviceId: `${tag}-3`, deviceName: `Telefoon Lars ${tag}`, ownerEmail: "communicatie@voorbeeld.nl", apps: [{ name: "TikTok" }] },
  { deviceId: `${tag}-4`, deviceName: `Telefoon Emma ${tag}`, ownerEmail: "toezicht@voorbeeld.nl", apps: [{ name: "WeChat", matchKind: "name" }] },
  { deviceId: `${tag}-5`, deviceName: `Onbekend ${tag}`, ownerEmail: "oud-account@voorbeeld.nl", apps: [{ name: "TikTok" }] },
];

describe.each(testDatabases)("apparaten: beheerde apparaten en verwijderverzoeken op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let staff: TestViewer;
  let clock = Date.now() + 60_000;
  // Each test's inventory is newer than the one before (and than any demo inventory), so it is the current one.
  const newInventory = (tag: string) => insertInventory(db, devices(tag), { finishedAt: new Date((clock += 1000)) });

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
  });
  afterAll(() => close());

  const org = async () => (await db.select().from(organisation).where(eq(organisation.id, 1)))[0];
  const removalMails = (tag: string) => db.select().from(outboxMessages).where(and(eq(outboxMessages.kind, "inventory.removal"), like(outboxMessages.body, `% ${tag}: %`)));
  const auditCount = async (action: string, result: "success" | "denied" = "success") =>
    (await db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.result, result))))[0].n;

  describe("aantal beheerde apparaten", () => {
    it("records a valid total on the organisation and the current inventory, with one audit row", async () => {
      const olderId = await newInventory("totaal-oud");
      const importId = await newInventory("totaal");
      harness.viewer = ciso;
      const { state } = await call(setManagedTotalAction, { managedDeviceTotal: " 1.200 " });
      expect(state).toMatchObject({ ok: true, message: expect.stringContaining("1.200") });
      expect(await org()).toMatchObject({ managedDeviceTotal: 1200, managedDeviceTotalSetAt: expect.any(Date) });
      expect((await importRow(db, importId)).managedDeviceTotal).toBe(1200);
      // An older inventory keeps the total it had, so the trend stays true.
      expect((await importRow(db, olderId)).managedDeviceTotal).toBeNull();
      expect(await lastAuditEvent(db)).toMatchObject({
        action: "inventory.managed_total.set", actorId: ciso.id, objectType: "organisation", objectId: "1", result: "success",
        after: { managedDeviceTotal: 1200, currentImportId: importId },
      });
    });

    it.each([["0"], ["-5"], ["12,5"], ["veel"], [""], ["1e3"], ["99999999999"], ["2000000"]])("refuses %j with a Dutch message and keeps the value", async (value) => {
      harness.viewer = ciso;
      const before = await org();
      const audits = await auditCount("inventory.managed_total.set");
      const { state } = await call(setManagedTotalAction, { managedDeviceTotal: value });
      expect(state?.ok).toBe(false);
      expect(state?.fieldErrors?.managedDeviceTotal?.[0]).toMatch(/heel getal groter dan 0|hoogstens/);
      expect(state?.values?.managedDeviceTotal).toBe(value);
      expect((await org()).managedDeviceTotal).toBe(before.managedDeviceTotal);
      expect(await auditCount("inventory.managed_total.set")).toBe(audits);
    });

    it("refuses a medewerker, changes nothing and logs the denial", async () => {
      harness.viewer = staff;
      const before = await org();
      const { state } = await call(setManagedTotalAction, { managedDeviceTotal: "5" });
      expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect((await org()).managedDeviceTotal).toBe(before.managedDeviceTotal);
      expect(await lastAuditEvent(db)).toMatchObject({ action: "inventory.managed_total.set", actorId: staff.id, result: "denied", objectId: "devices.manage" });
    });
  });

  describe("eigenaren vragen de app te verwijderen", () => {
    it("mails each owner with a violation once, listing their devices and apps, the reason and how to ask for an exemption", async () => {
      const importId = await newInventory("inhoud");
      harness.viewer = ciso;
      const { state } = await call(requestRemovalAction, { importId: String(importId), confirm: "ja" });
      expect(state).toMatchObject({ ok: true, message: "2 personen krijgen een e-mail met het verzoek de app te verwijderen." });
      const mails = await removalMails("inhoud");
      expect(mails.map((m) => m.recipient).sort()).toEqual(["medewerker@voorbeeld.nl", "toezicht@voorbeeld.nl"]);
      const noor = mails.find((m) => m.recipient === "medewerker@voorbeeld.nl")!;
      expect(noor.subject).toBe("Verwijder apps die niet zijn toegestaan van uw werkapparatuur");
      expect(noor.body).toContain("Beste Noor Bakker,");
      expect(noor.body).toContain("- iPhone Noor inhoud: TikTok en WeChat");
      expect(noor.body).toContain("- iPad Noor inhoud: TikTok");
      expect(noor.body).toContain("offensief cyberprogramma");
      expect(noor.body).toMatch(/Vraag dan een uitzondering aan[\s\S]*\/uitzonderingen\/aanvragen/);
      expect(noor.body).toContain("Dit bericht is automatisch verstuurd");
      const emma = mails.find((m) => m.recipient === "toezicht@voorbeeld.nl")!;
      expect(emma.subject).toBe("Verwijder WeChat van uw werkapparatuur");
      const requests = await db.select().from(inventoryRemovalRequests).where(eq(inventoryRemovalRequests.importId, importId));
      expect(requests).toHaveLength(2);
      expect(requests.map((r) => r.outboxMessageId).sort()).toEqual(mails.map((m) => m.id).sort());
      expect(await lastAuditEvent(db)).toMatchObject({
        action: "inventory.removal.request", actorId: ciso.id, objectType: "inventory_import", objectId: String(importId), result: "success",
        after: { mailed: 2, alreadyAsked: 0 },
      });
    });

    it("50 parallel clicks mail each owner exactly once, with one audit row; the next click says everyone was asked", async () => {
      const importId = await newInventory("parallel");
      harness.viewer = ciso;
      const audits = await auditCount("inventory.removal.request");
      const results = await Promise.all(Array.from({ length: 50 }, () => call(requestRemovalAction, { importId: String(importId), confirm: "ja" })));
      expect(results.every((r) => r.state?.ok)).toBe(true);
      expect(results.filter((r) => r.state?.message.startsWith("2 personen krijgen"))).toHaveLength(1);
      const mails = await removalMails("parallel");
      expect(mails.map((m) => m.recipient).sort()).toEqual(["medewerker@voorbeeld.nl", "toezicht@voorbeeld.nl"]);
      expect(await auditCount("inventory.removal.request")).toBe(audits + 1);
      const again = await call(requestRemovalAction, { importId: String(importId), confirm: "ja" });
      expect(again.state?.message).toBe("Iedereen met een overtreding (2 personen) is al gevraagd de app te verwijderen. Er is niemand opnieuw gemaild.");
    });

    it("refuses an inventory that is no longer the current one, and one that is not confirmed", async () => {
      const old = await newInventory("vorige");
      await newInventory("latere");
      harness.viewer = ciso;
      const stale = await call(requestRemovalAction, { importId: String(old), confirm: "ja" });
      expect(stale.state).toMatchObject({ ok: false, message: expect.stringContaining("nieuwere inventaris") });
      const unconfirmed = await call(requestRemovalAction, { importId: String(old + 1) });
      expect(unconfirmed.state?.fieldErrors?.confirm?.[0]).toMatch(/vinkje/);
      expect(await removalMails("vorige")).toHaveLength(0);
      expect(await removalMails("latere")).toHaveLength(0);
    });

    it("refuses a medewerker, mails nobody and logs the denial", async () => {
      const importId = await newInventory("geweigerd");
      harness.viewer = staff;
      const { state } = await call(requestRemovalAction, { importId: String(importId), confirm: "ja" });
      expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect(await removalMails("geweigerd")).toHaveLength(0);
      expect(await db.select().from(inventoryRemovalRequests).where(eq(inventoryRemovalRequests.importId, importId))).toHaveLength(0);
      expect(await lastAuditEvent(db)).toMatchObject({ action: "inventory.removal.request", actorId: staff.id, result: "denied" });
    });
  });
});
