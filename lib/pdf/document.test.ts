import { describe, expect, it } from "vitest";
import { PortalPdf } from "./document";

describe("PortalPdf", () => {
  it("makes a document without keywords (pdfkit must not be handed an undefined info field)", async () => {
    const pdf = await new PortalPdf({ title: "Zonder trefwoorden", organisation: "Gemeente Voorbeeld" }).finish("voet");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("writes the keywords into the document information when given", async () => {
    const pdf = await new PortalPdf({ title: "Met trefwoorden", organisation: "Gemeente Voorbeeld", keywords: ["memo", "raad"], compress: false }).finish("voet");
    expect(pdf.toString("latin1")).toContain("/Keywords");
  });
});
