import { describe, expect, it } from "vitest";
import { parsePublicFilters, publicListHref } from "./filters";

describe("parsePublicFilters", () => {
  it("reads the page number, and takes page 1 for anything that is not a whole page number", () => {
    expect(parsePublicFilters({ pagina: "3" }).page).toBe(3);
    for (const bad of [undefined, "", "0", "-2", "1.5", "abc", "1e3", "10001", "99999999999", " 2x"]) {
      expect(parsePublicFilters({ pagina: bad }).page, String(bad)).toBe(1);
    }
  });

  it("keeps the search and a two-letter country, as before", () => {
    expect(parsePublicFilters({ zoek: "tiktok", land: "cn" })).toEqual({ search: "tiktok", country: "CN", page: 1 });
    expect(parsePublicFilters({ land: "china" }).country).toBeUndefined();
  });
});

describe("publicListHref", () => {
  it("keeps the search in the page links and leaves page 1 out of the address", () => {
    expect(publicListHref({}, 1)).toBe("/#apps");
    expect(publicListHref({}, 2)).toBe("/?pagina=2#apps");
    expect(publicListHref({ search: "a&b", country: "CN" }, 3)).toBe("/?zoek=a%26b&land=CN&pagina=3#apps");
  });
});
