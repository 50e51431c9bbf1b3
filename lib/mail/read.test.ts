import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { freshDb, testDatabases } from "@/test/databases";
import { countOutboxMessages, listOutboxMessages, outboxFilterQuery, parseOutboxFilters } from "./read";

describe("outbox filters from the address", () => {
  it("reads Dutch parameters, ignores unknown statuses and bad pages", () => {
    expect(parseOutboxFilters({ status: "mislukt", ontvanger: " noor ", pagina: "3" })).toEqual({ filters: { status: "retrying", recipient: "noor" }, page: 3 });
    expect(parseOutboxFilters({ status: "constructor", pagina: "-1" })).toEqual({ filters: {}, page: 1 });
    expect(parseOutboxFilters({ pagina: "99999999999" }).page).toBe(1_000_000);
    expect(outboxFilterQuery({ status: "sent", recipient: "a b" }, 2)).toBe("?status=verzonden&ontvanger=a+b&pagina=2");
    expect(outboxFilterQuery({}, 1)).toBe("");
  });
});

describe.each(testDatabases)("outbox overview on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    const base = Date.parse("2026-11-01T09:00:00Z");
    await db.insert(outboxMessages).values(
      Array.from({ length: 120 }, (_, i) => ({
        recipient: i % 2 ? `noor_${i}@voorbeeld.nl` : `pieter${i}@voorbeeld.nl`,
        subject: `Bericht ${i}`,
        body: "Tekst",
        kind: "test",
        createdAt: new Date(base + i * 60_000),
        attempts: i % 3 === 0 ? 0 : i % 3 === 1 ? 2 : 1,
        sentAt: i % 3 === 2 ? new Date(base + i * 60_000 + 1000) : null,
      })),
    );
  });
  afterAll(() => close());

  it("pages newest first, 50 at a time", async () => {
    expect(await countOutboxMessages(db, {})).toBe(120);
    const first = await listOutboxMessages(db, {}, { limit: 50, offset: 0 });
    const last = await listOutboxMessages(db, {}, { limit: 50, offset: 100 });
    expect(first[0].subject).toBe("Bericht 119");
    expect(first).toHaveLength(50);
    expect(last.map((r) => r.subject).at(-1)).toBe("Bericht 0");
    expect(last).toHaveLength(20);
  });

  it("filters by status and by a part of the recipient, where % and _ match only themselves", async () => {
    expect(await countOutboxMessages(db, { status: "waiting" })).toBe(40);
    expect(await countOutboxMessages(db, { status: "retrying" })).toBe(40);
    expect(await countOutboxMessages(db, { status: "sent" })).toBe(40);
    expect(await countOutboxMessages(db, { recipient: "NOOR" })).toBe(60);
    expect(await countOutboxMessages(db, { recipient: "noor_1" })).toBe(16);
    expect(await countOutboxMessages(db, { recipient: "pieter_" })).toBe(0);
    expect(await countOutboxMessages(db, { recipient: "%" })).toBe(0);
    const retrying = await listOutboxMessages(db, { status: "retrying", recipient: "noor" }, { limit: 50, offset: 0 });
    expect(retrying.every((r) => r.sentAt === null && r.attempts > 0 && r.recipient.startsWith("noor"))).toBe(true);
  });
});
