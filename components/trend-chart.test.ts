import { describe, expect, it } from "vitest";
import { niceMax } from "./trend-chart";

describe("the trend chart's axis", () => {
  it.each([[0, 4], [3, 4], [5, 5], [7, 10], [33, 50], [48, 50], [51, 100], [120, 200], [695, 1000]])("%i gets an axis up to %i", (value, max) => {
    expect(niceMax(value)).toBe(max);
  });
});
