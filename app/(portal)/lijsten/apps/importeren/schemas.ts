import { z } from "@/lib/zod-nl";

// About 1,000 apps fit easily; twice this (line ends may grow to CRLF) stays under the 1 MB limit of a server action.
export const MAX_IMPORT_BYTES = 300 * 1024;
const TOO_BIG = "Het bestand is te groot (meer dan 300 kB). Verdeel de apps over meer bestanden.";

const upload = z.custom<File>(
  (value) => typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function" && typeof (value as Blob).size === "number",
  { message: "Kies een CSV-bestand." },
);

export const previewImportSchema = z
  .object({
    file: upload
      .refine((file) => file.size <= MAX_IMPORT_BYTES, TOO_BIG)
      .refine((file) => /\.(csv|txt)$/i.test(file.name ?? ""), "Kies een CSV-bestand: de naam eindigt op .csv.")
      .optional(),
    text: z.string().max(MAX_IMPORT_BYTES, TOO_BIG).optional(),
  })
  .superRefine(({ file, text }, ctx) => {
    const hasText = Boolean(text?.trim());
    if (!file && !hasText) ctx.addIssue({ code: "custom", path: ["file"], message: "Kies een CSV-bestand of plak de inhoud in het tekstvak." });
    if (file && hasText) ctx.addIssue({ code: "custom", path: ["text"], message: "Gebruik het bestand of de geplakte tekst, niet allebei. Maak het tekstvak leeg of kies geen bestand." });
  });

export const importAppsSchema = z.object({
  csv: z.string().min(1, "Controleer eerst een bestand.").max(2 * MAX_IMPORT_BYTES, TOO_BIG),
});
