import { describe, expect, it } from "vitest";
import { newVerificationCode, normaliseVerificationCode } from "./verification-code";

describe("verificatiecode van een kennisname", () => {
  it("is readable: KN-, two groups of four, no lookalike characters", () => {
    for (let i = 0; i < 500; i++) {
      const code = newVerificationCode();
      expect(code).toMatch(/^KN-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(code.slice(3)).not.toMatch(/[0158BILOS]/);
    }
  });

  it("is random enough that 5000 codes do not repeat", () => {
    expect(new Set(Array.from({ length: 5000 }, newVerificationCode)).size).toBe(5000);
  });

  it("reads what a person typed back into the stored form", () => {
    const code = newVerificationCode();
    expect(normaliseVerificationCode(code)).toBe(code);
    expect(normaliseVerificationCode(` ${code.toLowerCase().replaceAll("-", " ")} `)).toBe(code);
    expect(normaliseVerificationCode(code.slice(3).replace("-", ""))).toBe(code);
  });

  it("refuses what cannot be a code", () => {
    expect(normaliseVerificationCode("")).toBeNull();
    expect(normaliseVerificationCode("KN-OOOO-IIII")).toBeNull();
    expect(normaliseVerificationCode("KN-7F3Q-9XK")).toBeNull();
    expect(normaliseVerificationCode("'; drop table x; --")).toBeNull();
  });
});
