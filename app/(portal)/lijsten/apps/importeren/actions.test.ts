import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { call, harness, useDb, viewerFor } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { apps, auditEvents, vendors } from "@/db/schema";
import type { Db } from "@/db/client";
import type { ActionState } from "@/lib/action";
import { importAppsAction, previewImportAction } from "./actions";
import type { ImportPreview } from "./preview";

const HEADER = "naam;leverancier;land;categorie;maatregel;bron;android_pakketnaam";
const GOOD = `${HEADER}\nVK;VK Company;RU;Sociale media;verboden;eigen;nl.voorbeeld.vk\nOK;VK Company;;Sociale media;ontraden;eigen;\n`;
const BAD = `${HEADER}\nMail.ru;VK Company;RU;E-mail;verboden;eigen;\nKapot;VK Company;;E-mail;verboden;eigen;com..x\n`;

describe.each(testDatabases)("importacties op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  const viewers: Record<string, NonNullable<typeof harness.viewer>> = {};

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    for (const email of ["ciso@voorbeeld.nl", "medewerker@voorbeeld.nl", "beheerder@voorbeeld.nl"]) {
      viewers[email.split("@")[0]] = await viewerFor(db, email);
    }
  });
  afterAll(() => close());

  const totals = async () => {
    const [[a], [v], [e]] = await Promise.all([
      db.select({ n: count() }).from(apps),
      db.select({ n: count() }).from(vendors),
      db.select({ n: count() }).from(auditEvents),
    ]);
    return { apps: a.n, vendors: v.n, audit: e.n };
  };
  const lastAudit = () => lastAuditEvent(db);

  it.each([
    ["previewImportAction", previewImportAction, { text: GOOD }],
    ["importAppsAction", importAppsAction, { csv: GOOD }],
  ] as const)("%s refuses a medewerker, a beheerder and an anonymous visitor, and logs the denial", async (_name, run, input) => {
    const before = await totals();
    for (const viewer of [viewers.medewerker, viewers.beheerder, null]) {
      harness.viewer = viewer;
      const { state } = await call<ActionState>(run, input);
      expect(state).toMatchObject({ ok: false });
      expect(await lastAudit()).toMatchObject({ actorId: viewer?.id ?? null, result: "denied", objectId: "lists.edit" });
    }
    const after = await totals();
    expect(after).toEqual({ ...before, audit: before.audit + 3 });
  });

  it("previews an uploaded Windows-1252 file without changing anything", async () => {
    harness.viewer = viewers.ciso;
    const before = await totals();
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\nZo`), 0xeb, ...new TextEncoder().encode(";VK Company;RU;Video;verboden;eigen;\n")]);
    const formData = new FormData();
    formData.append("file", new File([bytes], "apps.csv", { type: "text/csv" }));
    const state = await previewImportAction(null, formData);
    expect(state).toMatchObject({ ok: true, message: "Het bestand is in orde. U kunt 1 app toevoegen aan het concept." });
    expect((state?.data as ImportPreview).rows).toEqual([expect.objectContaining({ line: 2, name: "Zoë", vendorName: "VK Company", vendorIsNew: true, country: "Rusland (RU)" })]);
    expect(await totals()).toEqual(before);
  });

  it("asks for a file or text, not both and not neither", async () => {
    harness.viewer = viewers.ciso;
    expect((await call<ActionState>(previewImportAction, { text: "  " })).state?.fieldErrors).toEqual({ file: ["Kies een CSV-bestand of plak de inhoud in het tekstvak."] });
    const formData = new FormData();
    formData.append("file", new File(["naam"], "apps.xlsx"));
    formData.append("text", GOOD);
    expect((await previewImportAction(null, formData))?.fieldErrors).toEqual({
      file: ["Kies een CSV-bestand: de naam eindigt op .csv."],
      text: [expect.stringContaining("niet allebei")],
    });
  });

  it("checks the text again on import: a bad row sent straight to the import action changes nothing", async () => {
    harness.viewer = viewers.ciso;
    const before = await totals();
    const { state, redirectTo } = await call<ActionState>(importAppsAction, { csv: BAD });
    expect(redirectTo).toBeNull();
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("Regel 3: de Android-pakketnaam 'com..x' is ongeldig") });
    expect(await totals()).toEqual(before);
  });

  it("imports a good file for the CISO and goes back to the app list", async () => {
    harness.viewer = viewers.ciso;
    const before = await totals();
    const { redirectTo } = await call<ActionState>(importAppsAction, { csv: GOOD });
    expect(redirectTo).toBe("/lijsten/apps");
    expect(await totals()).toEqual({ apps: before.apps + 2, vendors: before.vendors + 1, audit: before.audit + 3 });
    expect(await lastAudit()).toMatchObject({ action: "app.create", actorId: viewers.ciso.id, result: "success" });
    const [vk] = await db.select().from(apps).where(eq(apps.name, "VK"));
    expect(vk.androidIdSource).toMatch(/^CSV-import \d{1,2} \w+ \d{4}$/);
    expect(vk.androidVerifiedAt).toBeNull();
  });
});

describe.each(testDatabases)("import met een nul-teken op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(() => close());

  const WITH_NUL = `${HEADER}\nVK\u0000;VK Company;RU;Sociale media;verboden;eigen;nl.voorbeeld.vk\nOK;VK Company;;Sociale\u0000 media;ontraden;eigen;\n`;

  it("the check names each line with a NUL byte, and the import refuses the text; nothing changes", async () => {
    const appsBefore = await db.$count(apps);
    const auditBefore = await db.$count(auditEvents);
    const data = new FormData();
    data.append("file", new File([new TextEncoder().encode(WITH_NUL)], "apps.csv", { type: "text/csv" }));
    const preview = (await previewImportAction(null, data)) as { ok: boolean; data: ImportPreview };
    expect(preview.data.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Regel 2: in kolom 1 staat een onzichtbaar stuurteken/),
      expect.stringMatching(/^Regel 3: in kolom 4 staat een onzichtbaar stuurteken/),
    ]);

    const { state, redirectTo } = await call<ActionState>(importAppsAction, { csv: WITH_NUL });
    expect(redirectTo).toBeNull();
    expect(state).toMatchObject({ ok: false, fieldErrors: { csv: [expect.stringContaining("onzichtbaar stuurteken")] } });
    expect(await db.$count(apps)).toBe(appsBefore);
    expect(await db.$count(auditEvents)).toBe(auditBefore);
  });
});
