import { describe, expect, it } from "vitest";
import { looksLikeUtf16 } from "./encoding";
import { delimiterOf, detectFormat } from "./formats";
import { INTUNE_HEADER } from "./test-kit";

describe("detectFormat", () => {
  it("recognises the Intune export in any order and case, with semicolons", () => {
    const header = INTUNE_HEADER.split(",").reverse().map((n) => n.toUpperCase()).join(";");
    const result = detectFormat(header);
    expect(result).toMatchObject({ ok: true, format: "intune", delimiter: ";" });
    if (result.ok) expect(result.columns[0]).toBe("user_name");
  });

  it("recognises the generic format with quoted names and optional columns", () => {
    const result = detectFormat('"apparaat_id","eigenaar_email","platform","app_id","app_naam","uitgever"\r');
    expect(result).toMatchObject({ ok: true, format: "generic", columns: ["device_id", "email_address", "platform", "application_key", "application_name", "application_publisher"] });
  });

  it("names the missing and unknown columns in Dutch", () => {
    const result = detectFormat("ApplicationKey,ApplicationName,DeviceId,Platform,Kleur");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("Deze kolommen ontbreken: ApplicationPublisher");
      expect(result.message).toContain("Deze kolommen kent het portaal niet: kleur");
    }
    const generic = detectFormat("apparaat_id;platform;app_naam");
    expect(!generic.ok && generic.message).toContain("eigenaar_email, app_id");
    expect(detectFormat("foo,bar")).toMatchObject({ ok: false });
  });

  it("picks the delimiter the header uses", () => {
    expect(delimiterOf("a;b;c")).toBe(";");
    expect(delimiterOf("a\tb")).toBe("\t");
    expect(delimiterOf("single")).toBe(",");
  });

  it("spots UTF-16 by its byte-order mark or its NUL bytes", () => {
    expect(looksLikeUtf16(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe(true);
    expect(looksLikeUtf16(new Uint8Array(Buffer.from("Apparaat", "utf16le")))).toBe(true);
    expect(looksLikeUtf16(new TextEncoder().encode("apparaat_id,platform"))).toBe(false);
  });
});
