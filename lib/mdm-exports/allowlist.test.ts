import { describe, expect, it } from "vitest";
import { MAX_ALLOWED_APPS, parseAllowlist, splitAllowlist } from "./allowlist";

const listed = new Set(["com.tencent.xin", "com.zhiliaoapp.musically"]);

describe("the allowlist the CISO types", () => {
  it("reads one id per line (also commas and spaces), each once", () => {
    expect(splitAllowlist("com.a.b\r\ncom.c.d, com.a.b\n\n  com.e.f ;com.g.h")).toEqual(["com.a.b", "com.c.d", "com.e.f", "com.g.h"]);
    expect(parseAllowlist("ios", listed, "com.apple.mobilesafari\ncom.microsoft.skype.teams")).toEqual({ ok: true, ids: ["com.apple.mobilesafari", "com.microsoft.skype.teams"] });
  });

  it("refuses an empty list, bad syntax, too many ids and a listed app, in Dutch and naming the ids", () => {
    expect(parseAllowlist("ios", listed, "  \n ")).toEqual({ ok: false, messages: ["Vul minstens één app in, één per regel."] });
    expect(parseAllowlist("ios", listed, undefined)).toEqual({ ok: false, messages: ["Vul minstens één app in."] });
    const bad = parseAllowlist("android", listed, "com.microsoft.teams\n1com.bad.start\nnodots");
    expect(bad).toEqual({ ok: false, messages: [expect.stringContaining("Dit is geen geldige Android-pakketnaam: 1com.bad.start, nodots.")] });
    const many = Array.from({ length: MAX_ALLOWED_APPS + 1 }, (_, i) => `a.b${i}`).join("\n");
    expect(parseAllowlist("ios", listed, many)).toEqual({ ok: false, messages: ["U heeft 501 apps ingevuld. Het maximum is 500."] });
    expect(parseAllowlist("ios", listed, "com.apple.mobilesafari\ncom.tencent.xin")).toEqual({
      ok: false,
      messages: ["Deze apps staan op de lijst en mogen dus niet worden toegestaan: com.tencent.xin. Haal ze weg."],
    });
  });

  it("refuses a text too long for a download address and shows control characters harmlessly", () => {
    const long = parseAllowlist("ios", listed, `${"a.b\n".repeat(2001)}`);
    expect(long.ok).toBe(false);
    const nul = parseAllowlist("ios", listed, "com.a\u0000b.c");
    expect(nul).toEqual({ ok: false, messages: [expect.stringContaining("com.a?b.c")] });
  });
});
