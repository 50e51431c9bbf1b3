import { describe, expect, it } from "vitest";
import { mainMenuFor } from "@/lib/navigation";

const hrefs = (roles: Parameters<typeof mainMenuFor>[0]) => mainMenuFor(roles).map((l) => l.href);

describe("mainMenuFor", () => {
  it("shows visitors only the public pages", () => {
    expect(hrefs(null)).toEqual(["/", "/open-data"]);
  });

  it("shows a medewerker the policy, their own exemptions and what the raad was told and decided", () => {
    expect(hrefs(["medewerker"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen", "/memos", "/raadsvragen", "/besluiten", "/zoeken"]);
  });

  it("shows each role the pages its permissions open", () => {
    const council = ["/memos", "/raadsvragen", "/besluiten", "/zoeken"];
    expect(hrefs(["ciso"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen", ...council, "/lijsten", "/beleid", "/apparaten", "/kanalen", "/uitzonderingen/beoordelen", "/auditlog"]);
    expect(hrefs(["griffie"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen", ...council, "/kanalen"]);
    expect(hrefs(["beheerder"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen", ...council, "/beheer/gebruikers", "/beheer/goedkeuringen", "/beheer/aanmeldingen", "/beheer/organisatie", "/beheer/berichten"]);
    expect(hrefs(["raadslid"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen", ...council]);
  });
});
