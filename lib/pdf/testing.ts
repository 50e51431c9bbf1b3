import { inflateSync } from "node:zlib";

/**
 * The text drawn in a PDF made by lib/pdf, for tests: pdfkit writes each line as a TJ array of hex
 * strings in the standard fonts' WinAnsi encoding, in page streams that are deflated unless
 * `compress: false`. Enough to assert what a document says; not a general PDF reader.
 */
export function drawnText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1], "latin1");
    try {
      return inflateSync(bytes).toString("latin1");
    } catch {
      return m[1];
    }
  });
  const lines: string[] = [];
  for (const content of streams) {
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join("");
      lines.push(Buffer.from(hex, "hex").toString("latin1"));
    }
  }
  return lines.join("\n");
}
