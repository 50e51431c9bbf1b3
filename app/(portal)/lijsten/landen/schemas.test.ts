import { afterEach, describe, expect, it, vi } from "vitest";
import { createCountrySchema, updateCountrySchema } from "./schemas";

const country = { code: "BY", name: "Belarus", basis: "AIVD-beschouwing", listedOn: "2026-01-01" };
const PAST = "De volgende beoordeling moet vandaag of later zijn. Kies een datum in de toekomst.";

describe("the next review of a country", () => {
  afterEach(() => vi.useRealTimers());

  it("is refused in the past, with a Dutch message on the field", () => {
    vi.useFakeTimers({ now: new Date("2026-11-25T10:00:00Z"), toFake: ["Date"] });
    for (const schema of [createCountrySchema, updateCountrySchema]) {
      const result = schema.safeParse({ ...country, id: "1", nextReviewOn: "2026-11-24" });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["nextReviewOn"], message: PAST })]);
    }
  });

  it("accepts today and later, today counted in Amsterdam", () => {
    // 23:30 UTC on 24 November is already 25 November in Amsterdam.
    vi.useFakeTimers({ now: new Date("2026-11-24T23:30:00Z"), toFake: ["Date"] });
    expect(createCountrySchema.safeParse({ ...country, nextReviewOn: "2026-11-25" }).success).toBe(true);
    expect(createCountrySchema.safeParse({ ...country, nextReviewOn: "2027-02-23" }).success).toBe(true);
    expect(createCountrySchema.safeParse({ ...country, nextReviewOn: "2026-11-24" }).success).toBe(false);
  });

  it("an empty date gets one message, not two", () => {
    const result = createCountrySchema.safeParse({ ...country, nextReviewOn: "" });
    expect(result.error?.issues.filter((i) => i.path[0] === "nextReviewOn").map((i) => i.message)).toEqual(["Vul de datum van de volgende beoordeling in."]);
  });
});
