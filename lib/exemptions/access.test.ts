import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { viewerFor, type TestViewer } from "@/test/action-harness";
import type { Db } from "@/db/client";
import { exemptions, users } from "@/db/schema";
import { getVisibleExemption } from "./access";

describe.each(testDatabases)("wie een uitzondering mag zien op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let id: number;
  let owner: TestViewer;
  let colleague: TestViewer;
  let ciso: TestViewer;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    owner = await viewerFor(db, "communicatie@voorbeeld.nl");
    colleague = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    [{ id }] = await db.select({ id: exemptions.id }).from(exemptions).innerJoin(users, eq(users.id, exemptions.userId)).where(eq(users.email, owner.email));
  });
  afterAll(() => close());

  it("the requester and a CISO see it", async () => {
    expect(await getVisibleExemption(db, owner, id, null)).toMatchObject({ id, appName: "TikTok", userName: owner.name });
    expect(await getVisibleExemption(db, ciso, id, null)).toMatchObject({ id });
  });

  it("another medewerker gets nothing, as for an unknown id, and the attempt is logged as denied", async () => {
    expect(await getVisibleExemption(db, colleague, id, "192.0.2.9")).toBeNull();
    expect(await lastAuditEvent(db)).toMatchObject({ action: "page.open", actorId: colleague.id, objectType: "exemption", objectId: String(id), result: "denied", ip: "192.0.2.9" });
    const before = (await lastAuditEvent(db)).id;
    expect(await getVisibleExemption(db, colleague, 999_999, null)).toBeNull();
    expect((await lastAuditEvent(db)).id).toBe(before);
  });
});
