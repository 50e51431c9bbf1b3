import { formatDate, formatDateTime } from "@/lib/dates";
import { PortalPdf } from "./document";

export type ReceiptContent = {
  organisation: string;
  name: string;
  email: string;
  versionNumber: number | null;
  versionTitle: string;
  listVersionNumber: number;
  acknowledgedAt: Date;
  statement: string;
  removeBy: string;
  verificationCode: string;
};

export const receiptFileName = (versionNumber: number | null) => `ontvangstbewijs-beleid-v${versionNumber ?? "onbekend"}.pdf`;

/** The receipt a person downloads after acknowledging a policy version. */
export function renderReceipt(r: ReceiptContent, options: { compress?: boolean } = {}): Promise<Buffer> {
  const pdf = new PortalPdf({ title: "Ontvangstbewijs kennisname", organisation: r.organisation, keywords: [r.verificationCode], compress: options.compress });
  pdf.letterhead(`Kennisname van beleidsversie ${r.versionNumber}`)
    .paragraph(`Dit bewijs laat zien dat de persoon hieronder heeft verklaard kennis te hebben genomen van het beleid van ${r.organisation}.`)
    .fields([
      ["Naam", r.name],
      ["E-mailadres", r.email],
      ["Beleid", `Versie ${r.versionNumber}: ${r.versionTitle}`],
      ["Lijst van apps", `Lijstversie ${r.listVersionNumber}`],
      ["Kennisgenomen op", `${formatDateTime(r.acknowledgedAt)} (Nederlandse tijd)`],
      ["Apps verwijderd vóór", formatDate(r.removeBy)],
    ])
    .heading("Verklaring")
    .paragraph(r.statement.split("\n").map((line) => `• ${line}`).join("\n"))
    .highlight("Controlecode", r.verificationCode)
    .heading("Dit bewijs controleren")
    .paragraph(`De CISO van ${r.organisation} kan met de controlecode in het portaal nagaan of dit bewijs echt is: bij Beleidsversies, Kennisnames, "Controleer een ontvangstbewijs". Het portaal toont dan naam, versie en tijdstip. Komen die niet overeen met dit papier, dan is het bewijs niet geldig.`, { subtle: true });
  return pdf.finish(`${r.organisation} · Ontvangstbewijs kennisname · ${r.verificationCode}`);
}
