import PDFDocument from "pdfkit";

// A4 with 2.5 cm margins, the standard Helvetica (its WinAnsi encoding covers é, ë, ó and the euro sign).
const MARGIN = 72;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const INK = "#1a1a1a";
const SUBTLE = "#555555";
const RULE = "#8c8c8c";

export type PdfOptions = {
  /** The document title, also in the file's properties (what a reader shows in its title bar). */
  title: string;
  /** The organisation that issues the document: the letterhead line and the author. */
  organisation: string;
  /** Search words in the file's properties, e.g. a verification code. */
  keywords?: string[];
  /** Off in tests, so the drawn text can be read from the bytes. */
  compress?: boolean;
};

/**
 * The drawing helpers every portal document shares (receipt, memo): a letterhead, headings,
 * paragraphs, label/value rows and a footer on every page. Each helper writes at the cursor and
 * moves it down, so a document is a list of calls.
 */
export class PortalPdf {
  readonly doc: PDFKit.PDFDocument;

  constructor(private readonly options: PdfOptions) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      compress: options.compress ?? true,
      lang: "nl-NL",
      displayTitle: true,
      // pdfkit reads every info field it is given: leave Keywords out rather than pass undefined.
      info: { Title: options.title, Author: options.organisation, Creator: options.organisation, ...(options.keywords?.length ? { Keywords: options.keywords.join(", ") } : {}) },
      bufferPages: true,
    });
    this.doc.fillColor(INK).font(FONT).fontSize(11);
  }

  private get width() {
    return this.doc.page.width - MARGIN * 2;
  }

  /** The organisation's name, the document title and a rule under them. */
  letterhead(subtitle?: string): this {
    const { doc } = this;
    doc.font(BOLD).fontSize(12).fillColor(SUBTLE).text(this.options.organisation, { width: this.width });
    doc.moveDown(0.6).font(BOLD).fontSize(20).fillColor(INK).text(this.options.title, { width: this.width });
    if (subtitle) doc.moveDown(0.2).font(FONT).fontSize(11).fillColor(SUBTLE).text(subtitle, { width: this.width });
    return this.rule();
  }

  heading(text: string): this {
    this.doc.moveDown(0.8).font(BOLD).fontSize(13).fillColor(INK).text(text, { width: this.width });
    this.doc.moveDown(0.3);
    return this;
  }

  paragraph(text: string, options: { subtle?: boolean } = {}): this {
    this.doc.font(FONT).fontSize(11).fillColor(options.subtle ? SUBTLE : INK).text(text, { width: this.width, lineGap: 2 });
    this.doc.moveDown(0.5);
    return this;
  }

  /** Label and value side by side, the label column a third of the width; values wrap in their column. */
  fields(rows: [label: string, value: string][]): this {
    const { doc } = this;
    const labelWidth = this.width / 3;
    for (const [label, value] of rows) {
      const top = doc.y;
      doc.font(BOLD).fontSize(11).fillColor(INK).text(label, MARGIN, top, { width: labelWidth - 12 });
      const afterLabel = doc.y;
      doc.font(FONT).text(value, MARGIN + labelWidth, top, { width: this.width - labelWidth, lineGap: 2 });
      doc.x = MARGIN;
      doc.y = Math.max(afterLabel, doc.y) + 6;
    }
    return this;
  }

  /** A value set apart in a box, such as a verification code. */
  highlight(label: string, value: string): this {
    const { doc } = this;
    doc.moveDown(0.5);
    const top = doc.y;
    doc.font(FONT).fontSize(10).fillColor(SUBTLE).text(label, MARGIN + 12, top + 10, { width: this.width - 24 });
    doc.font("Courier-Bold").fontSize(18).fillColor(INK).text(value, MARGIN + 12, doc.y + 4, { width: this.width - 24 });
    const bottom = doc.y + 10;
    doc.lineWidth(1).strokeColor(RULE).rect(MARGIN, top, this.width, bottom - top).stroke();
    doc.x = MARGIN;
    doc.y = bottom + 8;
    return this;
  }

  rule(): this {
    const { doc } = this;
    doc.moveDown(0.6);
    doc.lineWidth(0.75).strokeColor(RULE).moveTo(MARGIN, doc.y).lineTo(MARGIN + this.width, doc.y).stroke();
    doc.moveDown(0.8);
    return this;
  }

  /** Ends the document with the footer on every page ("Pagina 1 van 2") and hands back its bytes. */
  async finish(footer: string): Promise<Buffer> {
    const { doc } = this;
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      doc.on("end", resolve);
      doc.on("error", reject);
    });
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Below the bottom margin: lift the margin for the footer, or pdfkit would start a new page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font(FONT).fontSize(9).fillColor(SUBTLE)
        .text(`${footer} · Pagina ${i + 1} van ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 9, { width: this.width, align: "center", lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}
