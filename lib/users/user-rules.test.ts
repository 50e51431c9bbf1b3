import { describe, expect, it } from "vitest";
import { selfLockoutRefusal } from "./user-rules";

describe("selfLockoutRefusal", () => {
  it("refuses deactivating one's own account", () => {
    expect(selfLockoutRefusal("a", "a", { deactivate: true })).toMatch(/eigen account niet deactiveren/);
  });

  it("refuses removing one's own beheerder role but allows other role changes", () => {
    expect(selfLockoutRefusal("a", "a", { roles: ["medewerker"] })).toMatch(/rol Beheerder niet weghalen/);
    expect(selfLockoutRefusal("a", "a", { roles: ["beheerder", "ciso"] })).toBeNull();
  });

  it("allows the same changes on someone else", () => {
    expect(selfLockoutRefusal("a", "b", { deactivate: true })).toBeNull();
    expect(selfLockoutRefusal("a", "b", { roles: ["medewerker"] })).toBeNull();
  });
});
