import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { freshDb, testDatabases } from "@/test/databases";
import { addNotice, listUnseenNotices, takeUnseenNotices } from "./notices";

describe.each(testDatabases)("berichten bij de volgende keer inloggen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
  });
  afterAll(() => close());

  it("shows each notice once, to its own person only, even when read twice at the same moment", async () => {
    const [a, b] = await db
      .insert(users)
      .values([{ email: "a@voorbeeld.nl", name: "A" }, { email: "b@voorbeeld.nl", name: "B" }])
      .returning({ id: users.id });
    await db.transaction(async (tx) => {
      await addNotice(tx, a.id, "eerste");
      await addNotice(tx, a.id, "tweede");
      await addNotice(tx, b.id, "voor B");
    });
    const [one, two] = await Promise.all([takeUnseenNotices(db, a.id), takeUnseenNotices(db, a.id)]);
    expect([...one, ...two].map((n) => n.message)).toEqual(["eerste", "tweede"]);
    expect(await takeUnseenNotices(db, a.id)).toEqual([]);
    expect((await listUnseenNotices(db, b.id)).map((n) => n.message)).toEqual(["voor B"]);
  });
});
