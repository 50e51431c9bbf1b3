import { describe, expect, it } from "vitest";
import { describeChange } from "./changelog-text";

describe("describeChange", () => {
  it("shows a country's dates as the rest of the portal does, not as ISO dates", () => {
    expect(describeChange({ field: "nextReviewOn", before: "2027-02-23", after: "2027-09-01" })).toBe(
      "volgende beoordeling: 23 februari 2027 → 1 september 2027",
    );
    expect(describeChange({ field: "listedOn", before: null, after: "2023-02-23" })).toBe("op de lijst sinds: leeg → 23 februari 2023");
  });

  it("shows codes in Dutch", () => {
    expect(describeChange({ field: "measure", before: "banned", after: "discouraged" })).toBe(
      "maatregel: Verboden op werkapparaten → Ontraden op privéapparaten voor werk",
    );
    expect(describeChange({ field: "iosVerified", before: false, after: true })).toBe("iOS gecontroleerd: nee → ja");
  });
});
