import { describe, expect, it } from "vitest";
import { roles } from "@/db/schema/enums";
import { can, permissions, type Permission } from "./permissions";

describe("permission map", () => {
  const entries = Object.entries(permissions) as [Permission, readonly string[]][];

  it.each(entries)("%s is granted to exactly its roles", (permission, allowed) => {
    for (const role of roles) expect(can([role], permission)).toBe(allowed.includes(role));
  });

  it("keeps the lists, the audit log and user management apart", () => {
    expect(permissions["lists.edit"]).toEqual(["ciso"]);
    expect(permissions["lists.publish"]).toEqual(["ciso"]);
    expect(permissions["audit.view"]).toEqual(["ciso"]);
    expect(permissions["users.manage"]).toEqual(["beheerder"]);
    // A beheerder is not automatically a CISO, and the reverse.
    expect(can(["beheerder"], "lists.edit")).toBe(false);
    expect(can(["ciso"], "users.manage")).toBe(false);
  });

  it("grants a person with several roles the union of them", () => {
    expect(can(["medewerker", "ciso"], "lists.publish")).toBe(true);
    expect(can(["medewerker", "raadslid", "griffie"], "lists.publish")).toBe(false);
    expect(can([], "lists.view")).toBe(false);
    expect(can(undefined, "lists.view")).toBe(false);
  });
});
