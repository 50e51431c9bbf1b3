import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START } from "./markers";
import { passageParts } from "./passage";

describe("passageParts", () => {
  it("turns the markers into parts and drops Markdown signs", () => {
    expect(passageParts(`Het **beleid** over ${HIT_START}TikTok${HIT_END} en [de lijst](https://x.nl).`)).toEqual([
      { text: "Het beleid over ", hit: false },
      { text: "TikTok", hit: true },
      { text: " en de lijst.", hit: false },
    ]);
  });

  it("keeps HTML in a passage as text", () => {
    expect(passageParts(`<script>alert(1)</script> ${HIT_START}app${HIT_END}`)).toEqual([
      { text: "<script>alert(1)</script> ", hit: false },
      { text: "app", hit: true },
    ]);
  });
});
