import { describe, expect, it } from "vitest";
import { orderFieldErrors } from "./field-order";

describe("orderFieldErrors", () => {
  it("follows the form's order, whatever order the errors came in", () => {
    const errors = { androidPackage: ["a"], name: ["n"], vendorId: ["v"] };
    expect(orderFieldErrors(errors, ["id", "name", "vendorId", "category", "androidPackage"]).map(([f]) => f)).toEqual(["name", "vendorId", "androidPackage"]);
  });

  it("puts errors about the whole form first and unknown fields last, in their own order", () => {
    const errors = { zzz: ["z"], name: ["n"], form: ["f"], aaa: ["a"] };
    expect(orderFieldErrors(errors, ["name"]).map(([f]) => f)).toEqual(["form", "name", "zzz", "aaa"]);
  });

  it("has nothing to order without errors", () => {
    expect(orderFieldErrors(undefined, ["name"])).toEqual([]);
  });
});
