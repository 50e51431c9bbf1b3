import { describe, expect, it } from "vitest";
import { mainMenuFor } from "@/lib/navigation";

const hrefs = (roles: Parameters<typeof mainMenuFor>[0]) => mainMenuFor(roles).map((l) => l.href);

describe("mainMenuFor", () => {
  it("shows visitors only the public pages", () => {
    expect(hrefs(null)).toEqual(["/", "/open-data"]);
  });

  it("shows a medewerker only the policy and their own exemptions", () => {
    expect(hrefs(["medewerker"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen"]);
  });

  it("shows each role the pages its permissions open", () => {
    expect(hrefs(["ciso"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen", "/lijsten", "/beleid", "/uitzonderingen/beoordelen", "/auditlog"]);
    expect(hrefs(["beheerder"])).toEqual(["/overzicht", "/kennisnemen", "/uitzonderingen", "/beheer/gebruikers", "/beheer/goedkeuringen", "/beheer/organisatie", "/beheer/berichten"]);
  });
});
