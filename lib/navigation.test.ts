import { describe, expect, it } from "vitest";
import { mainMenuFor } from "@/lib/navigation";

const hrefs = (roles: Parameters<typeof mainMenuFor>[0]) => mainMenuFor(roles).map((l) => l.href);

describe("mainMenuFor", () => {
  it("shows visitors only the public pages", () => {
    expect(hrefs(null)).toEqual(["/", "/open-data"]);
  });

  it("shows a medewerker no page that needs a permission", () => {
    expect(hrefs(["medewerker"])).toEqual(["/overzicht"]);
  });

  it("shows each role the pages its permissions open", () => {
    expect(hrefs(["ciso"])).toEqual(["/overzicht", "/lijsten", "/auditlog"]);
    expect(hrefs(["beheerder"])).toEqual(["/overzicht", "/beheer/gebruikers", "/beheer/goedkeuringen", "/beheer/organisatie"]);
  });
});
