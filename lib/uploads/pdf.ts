import { createHash } from "node:crypto";
import { withoutControlChars } from "@/lib/form-data";

// Attachments to a collegebesluit: only PDF, judged by the bytes rather than by the name or the browser's
// MIME type (both are chosen by the sender), with a size limit. The server picks the download name.

export const MAX_PDF_MB = 10;
export const MAX_PDF_BYTES = MAX_PDF_MB * 1024 * 1024;
/** How long the shown title (the uploader's file name, cleaned) may be. */
export const MAX_TITLE_LENGTH = 120;
/** A PDF ends with "%%EOF", possibly followed by line ends or a few padding bytes; look in its last kilobyte. */
const EOF_WINDOW = 1024;

export const PDF_MESSAGES = {
  empty: "Het bestand is leeg. Kies een PDF-bestand met inhoud.",
  tooLarge: `Het bestand is te groot. Een bijlage mag hoogstens ${MAX_PDF_MB} MB zijn.`,
  executable: "Dit bestand is een programma, geen PDF, ook al eindigt de naam op .pdf. Het is niet opgeslagen. Kies een echt PDF-bestand.",
  notPdf: "Dit bestand is geen PDF. Alleen PDF-bestanden kunnen als bijlage worden toegevoegd. Sla het document eerst op als PDF.",
  truncated: "Dit PDF-bestand is niet compleet (het einde ontbreekt). Sla het document opnieuw op als PDF en probeer het nog eens.",
} as const;

export type CheckedPdf = { ok: true; bytes: Buffer; sizeBytes: number; sha256: string; title: string };
export type RefusedPdf = { ok: false; message: string };

const startsWith = (bytes: Uint8Array, text: string) => bytes.length >= text.length && Buffer.from(bytes.subarray(0, text.length)).toString("latin1") === text;

/** Checks the size and the content of an upload; never trusts its name or type. */
export function checkPdf(bytes: Uint8Array, originalName: string): CheckedPdf | RefusedPdf {
  if (bytes.length === 0) return { ok: false, message: PDF_MESSAGES.empty };
  if (bytes.length > MAX_PDF_BYTES) return { ok: false, message: PDF_MESSAGES.tooLarge };
  // "MZ": a Windows program (.exe, .dll); ELF: a Linux program. Said plainly, because a renamed program is the attack.
  if (startsWith(bytes, "MZ") || startsWith(bytes, "\x7fELF")) return { ok: false, message: PDF_MESSAGES.executable };
  if (!startsWith(bytes, "%PDF-")) return { ok: false, message: PDF_MESSAGES.notPdf };
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))).toString("latin1");
  if (!tail.includes("%%EOF")) return { ok: false, message: PDF_MESSAGES.truncated };
  const buffer = Buffer.from(bytes);
  return { ok: true, bytes: buffer, sizeBytes: buffer.length, sha256: createHash("sha256").update(buffer).digest("hex"), title: displayTitle(originalName) };
}

/**
 * The uploader's file name as a title to show: no folder, no control characters (NUL included), no ".pdf",
 * single spaces, at most MAX_TITLE_LENGTH characters. Only ever shown as text, never used as a file name.
 */
export function displayTitle(originalName: string): string {
  const base = withoutControlChars(originalName.normalize("NFC")).split(/[\\/]/).pop() ?? "";
  const title = base.replace(/\.pdf$/i, "").replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim();
  return Array.from(title).slice(0, MAX_TITLE_LENGTH).join("").trim() || "Bijlage";
}

/** The download name the server chooses: besluit-<number>-bijlage-<n>.pdf, in letters, digits and hyphens only. */
export function attachmentFileName(decisionNumber: string, n: number): string {
  const safe = decisionNumber.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "zonder-nummer";
  return `besluit-${safe}-bijlage-${n}.pdf`;
}

/** The n of the next attachment: one more than the highest n among the names already used. */
export function nextAttachmentNumber(existingNames: string[]): number {
  const used = existingNames.map((name) => Number(/-bijlage-(\d+)\.pdf$/.exec(name)?.[1] ?? 0));
  return Math.max(0, ...used) + 1;
}
