import type { Measure } from "@/db/schema/enums";
import { formatDate } from "@/lib/dates";
import { measureLabels } from "@/lib/labels";
import { markdownBlocks } from "@/lib/memos/markdown-blocks";
import { PortalPdf } from "./document";

export type MemoApp = { name: string; vendorName: string; countryName: string; measure: Measure };

export type MemoContent = {
  organisation: string;
  number: number | null;
  memoDate: string;
  sender: string;
  /** The "Aan" line in words, e.g. "raadsleden en het college van B&W". */
  to: string;
  subject: string;
  contactName: string;
  contactDetails: string | null;
  body: string;
  correctsNumber: number | null;
  list: { number: number; apps: MemoApp[] } | null;
};

export const memoFileName = (number: number | null) => `memo-${number ?? "concept"}.pdf`;

const COLUMNS: { title: string; share: number; cell: (a: MemoApp) => string }[] = [
  { title: "App", share: 0.24, cell: (a) => a.name },
  { title: "Leverancier", share: 0.26, cell: (a) => a.vendorName },
  { title: "Land", share: 0.18, cell: (a) => a.countryName },
  { title: "Maatregel", share: 0.32, cell: (a) => measureLabels[a.measure] },
];

/** The apps as a table with a header row, repeated at the top of each new page; rows never split over pages. */
function appsTable(pdf: PortalPdf, apps: MemoApp[]) {
  const { doc } = pdf;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const pad = 4;
  const size = 9.5;
  const widths = COLUMNS.map((c) => c.share * width);
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - pad * 2 }))) + pad * 2;
  };
  const drawRow = (cells: string[], font: string, shaded: boolean) => {
    const height = rowHeight(cells, font);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(COLUMNS.map((c) => c.title), "Helvetica-Bold", true);
    }
    const top = doc.y;
    if (shaded) doc.rect(left, top, width, height).fillColor("#eeeeee").fill();
    let x = left;
    cells.forEach((text, i) => {
      doc.font(font).fontSize(size).fillColor("#1a1a1a").text(text, x + pad, top + pad, { width: widths[i] - pad * 2 });
      x += widths[i];
    });
    doc.lineWidth(0.5).strokeColor("#8c8c8c").moveTo(left, top + height).lineTo(left + width, top + height).stroke();
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(COLUMNS.map((c) => c.title), "Helvetica-Bold", true);
  for (const app of apps) drawRow(COLUMNS.map((c) => c.cell(app)), "Helvetica", false);
  doc.moveDown(1);
}

/** A memo on A4 as the council expects it on paper: letterhead, the memo's head lines, the text and the list. */
export function renderMemo(m: MemoContent, options: { compress?: boolean } = {}): Promise<Buffer> {
  const pdf = new PortalPdf({ title: "Memo", organisation: m.organisation, keywords: [`memo ${m.number ?? "concept"}`], compress: options.compress });
  pdf.letterhead(m.number ? `Memo ${m.number}` : "Concept, nog niet gepubliceerd");
  pdf.fields([
    ["Datum", formatDate(m.memoDate)],
    ["Van", m.sender],
    ["Aan", m.to],
    ["Onderwerp", m.subject],
    ["Contactpersoon", m.contactDetails ? `${m.contactName}, ${m.contactDetails}` : m.contactName],
    ...(m.correctsNumber ? [["Correctie van", `Memo ${m.correctsNumber}. Deze memo vervangt wat daar stond.`] as [string, string]] : []),
  ]);
  pdf.rule();
  for (const block of markdownBlocks(m.body)) {
    if (block.kind === "heading") pdf.heading(block.text);
    else if (block.kind === "paragraph") pdf.paragraph(block.text);
    else if (block.kind === "quote") pdf.paragraph(block.text, { subtle: true });
    else if (block.kind === "list") pdf.paragraph(block.items.join("\n"));
    else pdf.rule();
  }
  if (m.list) {
    pdf.heading(`De lijst van apps (lijstversie ${m.list.number})`);
    pdf.paragraph(`Zoals de lijst gold bij lijstversie ${m.list.number}: ${m.list.apps.length} ${m.list.apps.length === 1 ? "app" : "apps"}.`, { subtle: true });
    appsTable(pdf, m.list.apps);
  }
  return pdf.finish(`${m.organisation} · Memo ${m.number ?? "(concept)"} · ${formatDate(m.memoDate)}`);
}
