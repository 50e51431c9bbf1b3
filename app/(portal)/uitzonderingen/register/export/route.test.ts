import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { harness, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { apps, exemptions } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { addDaysIso } from "@/lib/exemptions/rules";
import { GET } from "./route";

const exportRequest = (query = "") => new NextRequest(`http://localhost/uitzonderingen/register/export${query}`, { headers: { "x-forwarded-for": "192.0.2.7" } });
const text = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()).replace(/^\uFEFF/, "");

describe.each(testDatabases)("register en MDM-lijst van uitzonderingen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let staff: TestViewer;
  const today = todayIso();

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    const [wechat] = await db.select({ id: apps.id }).from(apps).where(eq(apps.name, "WeChat"));
    const base = { userId: staff.id, appId: wechat.id, appName: "WeChat", reason: "other" as const, justification: "x".repeat(40), requestedUntil: addDaysIso(today, 100) };
    await db.insert(exemptions).values([
      { ...base, device: "Telefoon geldig", status: "approved", endsOn: addDaysIso(today, 20) },
      { ...base, device: "Telefoon eindigt vandaag", status: "approved", endsOn: today },
      // Past its end date but not yet expired by the job: the MDM must already take it out.
      { ...base, device: "Telefoon voorbij", status: "approved", endsOn: addDaysIso(today, -1) },
      { ...base, device: "Telefoon ingetrokken", status: "revoked", endsOn: addDaysIso(today, 50) },
      { ...base, device: "Telefoon aangevraagd", status: "requested" },
    ]);
  });
  afterAll(() => close());

  it("refuses a medewerker with 403, without data, and logs the attempt", async () => {
    harness.viewer = staff;
    const response = await GET(exportRequest("?soort=mdm"));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain("Telefoon");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "exemptions.export", actorId: staff.id, result: "denied" });
  });

  it("gives the CISO the MDM list: only approved exemptions that still hold, with the app's store identifiers", async () => {
    harness.viewer = ciso;
    const response = await GET(exportRequest("?soort=mdm"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="mdm-uitsluitingen-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await text(response)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("App,iOS bundle-id,Android-pakketnaam,Naam,E-mailadres,Toestel of gebruik,Geldig tot en met,Uitzondering");
    const body = lines.join("\n");
    expect(body).toContain("WeChat,com.tencent.xin,com.tencent.mm,Noor Bakker,medewerker@voorbeeld.nl,Telefoon geldig");
    expect(body).toContain("Telefoon eindigt vandaag");
    expect(body).toContain("TikTok,com.zhiliaoapp.musically"); // the demo exemption of communicatie@
    for (const absent of ["Telefoon voorbij", "Telefoon ingetrokken", "Telefoon aangevraagd", "Hans van Dijk", "Emma Visser"]) expect(body).not.toContain(absent);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "exemptions.export", actorId: ciso.id, result: "success", after: { kind: "mdm", rows: lines.length - 1 } });

    const [tiktok] = await db.select({ id: apps.id }).from(apps).where(eq(apps.name, "TikTok"));
    const perApp = await text(await GET(exportRequest(`?soort=mdm&app=${tiktok.id}`)));
    expect(perApp).toContain("Lars de Boer");
    expect(perApp).not.toContain("WeChat");
  });

  it("exports the register with the page's filters", async () => {
    harness.viewer = ciso;
    const all = (await text(await GET(exportRequest()))).trimEnd().split("\r\n");
    expect(all).toHaveLength(1 + 3 + 5);
    const revoked = (await text(await GET(exportRequest("?status=revoked")))).trimEnd().split("\r\n");
    expect(revoked).toHaveLength(2);
    expect(revoked[1]).toContain("Telefoon ingetrokken");
    expect(revoked[1]).toContain("Ingetrokken door CISO");
    const executive = (await text(await GET(exportRequest("?risicogroep=executive")))).trimEnd().split("\r\n");
    expect(executive.slice(1).map((l) => l.split(",")[2])).toEqual(["Hans van Dijk"]);
    const ending = (await text(await GET(exportRequest("?binnen=30")))).trimEnd().split("\r\n").slice(1).join("\n");
    expect(ending).toContain("Telefoon geldig");
    expect(ending).toContain("Telefoon eindigt vandaag");
    expect(ending).not.toContain("Telefoon voorbij");
    expect(ending).not.toContain("Lars de Boer"); // ends in about five months
    expect(await lastAuditEvent(db)).toMatchObject({ action: "exemptions.export", after: { kind: "register", filters: { endingWithinDays: 30 } } });
  });
});
