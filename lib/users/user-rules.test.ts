import { describe, expect, it } from "vitest";
import { decisionRefusal, grantedPrivilegedRoles, isPrivileged, sameRoles, selfLockoutRefusal } from "./user-rules";

describe("selfLockoutRefusal", () => {
  it("refuses deactivating one's own account", () => {
    expect(selfLockoutRefusal("a", "a", { deactivate: true })).toMatch(/eigen account niet deactiveren/);
  });

  it("refuses any change of one's own roles, adding as well as removing", () => {
    expect(selfLockoutRefusal("a", "a", { roles: { before: ["beheerder"], after: ["medewerker"] } })).toMatch(/eigen rollen niet wijzigen/);
    expect(selfLockoutRefusal("a", "a", { roles: { before: ["beheerder"], after: ["beheerder", "ciso"] } })).toMatch(/eigen rollen niet wijzigen/);
  });

  it("allows saving one's own details with the same roles, in any order", () => {
    expect(selfLockoutRefusal("a", "a", { roles: { before: ["beheerder", "medewerker"], after: ["medewerker", "beheerder"] } })).toBeNull();
  });

  it("allows the same changes on someone else", () => {
    expect(selfLockoutRefusal("a", "b", { deactivate: true })).toBeNull();
    expect(selfLockoutRefusal("a", "b", { roles: { before: ["beheerder"], after: ["medewerker"] } })).toBeNull();
  });
});

describe("privileged roles", () => {
  it("are ciso and beheerder", () => {
    expect(isPrivileged(["medewerker", "griffie", "raadslid"])).toBe(false);
    expect(isPrivileged(["medewerker", "ciso"])).toBe(true);
    expect(isPrivileged(["beheerder"])).toBe(true);
  });

  it("counts as granted only when added", () => {
    expect(grantedPrivilegedRoles(["medewerker"], ["medewerker", "ciso"])).toEqual(["ciso"]);
    expect(grantedPrivilegedRoles(["ciso", "medewerker"], ["ciso"])).toEqual([]);
    expect(grantedPrivilegedRoles(["ciso"], ["griffie"])).toEqual([]);
    expect(grantedPrivilegedRoles([], ["beheerder", "ciso"])).toEqual(["beheerder", "ciso"]);
  });

  it("compares role sets regardless of order", () => {
    expect(sameRoles(["ciso", "medewerker"], ["medewerker", "ciso"])).toBe(true);
    expect(sameRoles(["ciso"], ["ciso", "medewerker"])).toBe(false);
  });
});

describe("decisionRefusal", () => {
  it("refuses the requester and the person it is about, allows anyone else", () => {
    const request = { requestedById: "a", userId: "b" };
    expect(decisionRefusal("a", request)).toMatch(/zelf gedaan/);
    expect(decisionRefusal("b", request)).toMatch(/uw eigen account/);
    expect(decisionRefusal("c", request)).toBeNull();
  });
});
