import { describe, expect, it } from "vitest";
import { coverage, coverageText, onDevicesText } from "./coverage";

describe("dekking", () => {
  it("is the whole percent of managed devices reported, rounded down", () => {
    expect(coverage(695, 695)).toBe(100);
    expect(coverage(695, 700)).toBe(99);
    expect(coverage(699, 700)).toBe(99);
    expect(coverage(1, 3)).toBe(33);
    expect(coverage(0, 700)).toBe(0);
  });

  it("is unknown without a recorded total", () => {
    expect(coverage(695, null)).toBeNull();
    expect(coverage(695, undefined)).toBeNull();
    expect(coverage(695, 0)).toBeNull();
  });

  it("reads as Dutch text with every figure", () => {
    expect(onDevicesText(33, 695, 695)).toBe("op 33 van 695 apparaten (dekking 100%)");
    expect(onDevicesText(1, 1, 2)).toBe("op 1 van 1 apparaat (dekking 50%)");
    expect(onDevicesText(1200, 10000, 12000)).toBe("op 1.200 van 10.000 apparaten (dekking 83%)");
    expect(coverageText(695, null)).toBe("dekking onbekend: het aantal beheerde apparaten is niet ingevuld");
    expect(coverageText(800, 700)).toBe("dekking onbekend: de inventaris noemt meer apparaten dan de 700 apparaten die beheerd worden");
  });
});
