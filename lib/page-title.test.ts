import { describe, expect, it } from "vitest";
import { harness } from "@/test/action-harness";
import { recordTitle } from "./page-title";

const titles = { general: "Gebruiker", notFound: "Gebruiker niet gevonden" };
const viewer = (roles: ("beheerder" | "medewerker")[]) => ({ id: "u", name: "Iemand", email: "iemand@voorbeeld.nl", roles, sessionId: "s" });

describe("recordTitle", () => {
  it("names the record, or says it was not found, for a viewer who may see it", async () => {
    harness.viewer = viewer(["beheerder"]);
    expect(await recordTitle("users.manage", titles, async () => "Noor Bakker")).toEqual({ title: "Noor Bakker" });
    expect(await recordTitle("users.manage", titles, async () => null)).toEqual({ title: "Gebruiker niet gevonden" });
  });

  it("tells someone without the permission nothing about the record, and does not look it up", async () => {
    let looked = false;
    const lookup = async () => ((looked = true), "Noor Bakker");
    for (const v of [viewer(["medewerker"]), null]) {
      harness.viewer = v;
      expect(await recordTitle("users.manage", titles, lookup)).toEqual({ title: "Gebruiker" });
    }
    expect(looked).toBe(false);
    harness.viewer = null;
  });
});
