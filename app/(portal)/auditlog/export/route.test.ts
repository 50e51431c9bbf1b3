import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc } from "drizzle-orm";
import { NextRequest } from "next/server";
import { harness, useDb } from "@/test/action-harness";
import { freshDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { GET } from "./route";

const exportRequest = (query = "") => new NextRequest(`http://localhost/auditlog/export${query}`, { headers: { "x-forwarded-for": "192.0.2.7" } });

describe.each(testDatabases)("auditlog-export op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  const viewers: Record<"ciso" | "medewerker" | "beheerder", NonNullable<typeof harness.viewer>> = {} as never;

  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    useDb(db);
    for (const [role, name] of [["ciso", "Marieke de Vries"], ["medewerker", "Noor Bakker"], ["beheerder", "Youssef El Idrissi"]] as const) {
      const [u] = await db.insert(users).values({ email: `${role}@voorbeeld.nl`, name, roles: [role] }).returning({ id: users.id, name: users.name, email: users.email, roles: users.roles });
      viewers[role] = { ...u, sessionId: "00000000-0000-0000-0000-000000000000" };
    }
    await db.transaction((tx) => writeAudit(tx, { actorId: viewers.ciso.id, actorLabel: "Marieke de Vries", action: "auth.login", objectType: "session", result: "success" }));
    await db.transaction((tx) => writeAudit(tx, { actorId: null, actorLabel: "@evil", action: "auth.login", objectType: "session", result: "failure" }));
  });
  afterAll(() => close());

  const lastEvent = async () => (await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

  it("answers 401 to an anonymous visitor and logs the attempt", async () => {
    harness.viewer = null;
    const response = await GET(exportRequest());
    expect(response.status).toBe(401);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(await lastEvent()).toMatchObject({ action: "audit.export", actorLabel: "anoniem", result: "denied", ip: "192.0.2.7" });
  });

  it.each(["medewerker", "beheerder"] as const)("answers 403 to a %s, without any audit data, and logs the attempt", async (role) => {
    harness.viewer = viewers[role];
    const response = await GET(exportRequest());
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).toContain("Geen toegang");
    expect(body).not.toContain("Marieke");
    expect(await lastEvent()).toMatchObject({ action: "audit.export", actorId: viewers[role].id, result: "denied" });
  });

  it("gives the CISO the filtered rows as a CSV attachment and logs the export", async () => {
    harness.viewer = viewers.ciso;
    const response = await GET(exportRequest("?resultaat=mislukt"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="auditlog-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",'@evil,");
    expect(lines[1]).toContain(",Mislukt,");
    expect(await lastEvent()).toMatchObject({ action: "audit.export", actorId: viewers.ciso.id, result: "success", after: { filters: { result: "failure" }, rows: 1 } });
  });
});
