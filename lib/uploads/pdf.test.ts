import { describe, expect, it } from "vitest";
import { PortalPdf } from "@/lib/pdf/document";
import { attachmentFileName, checkPdf, displayTitle, MAX_PDF_BYTES, MAX_TITLE_LENGTH, nextAttachmentNumber, PDF_MESSAGES } from "./pdf";

async function realPdf() {
  return new PortalPdf({ title: "Bijlage bij besluit 2023-0412", organisation: "Gemeente Voorbeeld", keywords: [] }).letterhead().paragraph("Advies over apps.").finish("Test");
}
const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

describe("PDF upload checks", () => {
  it("accepts a real PDF made with lib/pdf, with its size, sha256 and a cleaned title", async () => {
    const pdf = await realPdf();
    const result = checkPdf(pdf, "Advies VNG 17-mei-2023.pdf");
    expect(result).toMatchObject({ ok: true, sizeBytes: pdf.length, title: "Advies VNG 17-mei-2023", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("refuses a Windows program renamed to .pdf, saying it is a program", () => {
    const exe = bytes(`MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode.%PDF-1.7 %%EOF`);
    expect(checkPdf(exe, "factuur.pdf")).toEqual({ ok: false, message: PDF_MESSAGES.executable });
    expect(checkPdf(bytes("\x7fELF\x02\x01\x01"), "x.pdf")).toEqual({ ok: false, message: PDF_MESSAGES.executable });
  });

  it("refuses a text file named x.pdf, and a PDF whose end is missing", async () => {
    expect(checkPdf(bytes("Dit is gewoon tekst.\n%%EOF"), "x.pdf")).toEqual({ ok: false, message: PDF_MESSAGES.notPdf });
    const pdf = await realPdf();
    expect(checkPdf(pdf.subarray(0, pdf.length - 200), "afgebroken.pdf")).toEqual({ ok: false, message: PDF_MESSAGES.truncated });
  });

  it("refuses an empty file and one over 10 MB, naming the limit", () => {
    expect(checkPdf(new Uint8Array(0), "leeg.pdf")).toEqual({ ok: false, message: PDF_MESSAGES.empty });
    const pdfOfSize = (size: number) => {
      const data = new Uint8Array(size);
      data.set(Buffer.from("%PDF-1.7\n"));
      data.set(Buffer.from("%%EOF\n"), size - 6);
      return data;
    };
    expect(checkPdf(pdfOfSize(MAX_PDF_BYTES + 1), "groot.pdf")).toEqual({ ok: false, message: PDF_MESSAGES.tooLarge });
    expect(PDF_MESSAGES.tooLarge).toContain("10 MB");
    // Exactly at the limit passes.
    expect(checkPdf(pdfOfSize(MAX_PDF_BYTES), "precies.pdf").ok).toBe(true);
  });

  it("cleans the shown title: NUL and control characters, folders, direction marks, length", () => {
    expect(displayTitle("rap\u0000port\u0007.pdf")).toBe("rapport");
    expect(displayTitle("C:\\Users\\x\\Desktop\\besluit.PDF")).toBe("besluit");
    expect(displayTitle("../../etc/passwd")).toBe("passwd");
    expect(displayTitle("fdp.\u202Eexe")).toBe("fdp.exe");
    expect(displayTitle("   \u0000 .pdf")).toBe("Bijlage");
    expect(Array.from(displayTitle("é".repeat(500)))).toHaveLength(MAX_TITLE_LENGTH);
  });

  it("chooses the download name itself, in safe characters only", () => {
    expect(attachmentFileName("2023-0412", 1)).toBe("besluit-2023-0412-bijlage-1.pdf");
    expect(attachmentFileName('../"2023/04 12";.exe', 3)).toBe("besluit-2023-04-12-exe-bijlage-3.pdf");
    expect(attachmentFileName("", 2)).toBe("besluit-zonder-nummer-bijlage-2.pdf");
    expect(attachmentFileName("Één", 1)).toMatch(/^besluit-[A-Za-z0-9-]+-bijlage-1\.pdf$/);
    expect(nextAttachmentNumber([])).toBe(1);
    expect(nextAttachmentNumber(["besluit-1-bijlage-1.pdf", "besluit-1-bijlage-4.pdf"])).toBe(5);
  });
});
