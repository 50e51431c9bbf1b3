import { describe, expect, it } from "vitest";
import { countOf } from "./plural";

describe("countOf", () => {
  it("uses the singular for exactly one", () => {
    expect(countOf(1, "app", "apps")).toBe("1 app");
    expect(countOf(0, "app", "apps")).toBe("0 apps");
    expect(countOf(2, "land", "landen")).toBe("2 landen");
  });
});
