import { describe, expect, it } from "vitest";
import { managedTotalSchema, overviewPageHref, parseOverviewParams } from "./schemas";

describe("de adresparameters van /apparaten", () => {
  it.each([
    [{}, 1], [{ pagina: "3" }, 3], [{ pagina: " 2 " }, 2], [{ pagina: ["4", "9"] }, 4],
    [{ pagina: "0" }, 1], [{ pagina: "-2" }, 1], [{ pagina: "2.5" }, 1], [{ pagina: "drie" }, 1], [{ pagina: "1e3" }, 1],
    [{ pagina: "9".repeat(40) }, 1_000_000], [{ pagina: "99999999" }, 1_000_000], [{ pagina: "\u0000" }, 1], [{ pagina: "constructor" }, 1],
  ])("%j gives page %i", (params, page) => {
    expect(parseOverviewParams(params)).toEqual({ page });
  });

  it("links to a page of the list itself, without ?pagina=1", () => {
    expect(overviewPageHref(1)).toBe("/apparaten#overtredingen");
    expect(overviewPageHref(3)).toBe("/apparaten?pagina=3#overtredingen");
  });
});

describe("het aantal beheerde apparaten", () => {
  it.each([["700", 700], ["1.200", 1200], [" 1 200 ", 1200], ["1000000", 1_000_000]])("accepts %j as %i", (value, total) => {
    expect(managedTotalSchema.parse({ managedDeviceTotal: value })).toEqual({ managedDeviceTotal: total });
  });

  it.each(["0", "-1", "12,5", "1e3", "", "zeven", "1000001"])("refuses %j", (value) => {
    expect(managedTotalSchema.safeParse({ managedDeviceTotal: value }).success).toBe(false);
  });
});
