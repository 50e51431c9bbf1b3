import { describe, expect, it } from "vitest";
import { stableUuid } from "./stable-uuid";

describe("stableUuid", () => {
  it("is a version 5 UUID that depends only on the name", () => {
    const uuid = stableUuid("lijstversie 3");
    expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(stableUuid("lijstversie 3")).toBe(uuid);
    expect(stableUuid("lijstversie 4")).not.toBe(uuid);
  });
});
