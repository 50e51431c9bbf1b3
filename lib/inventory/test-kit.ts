// Builders for inventory files in tests: an Intune export from rows, and a body that arrives in small chunks.
import { INTUNE_HEADER } from "./formats";

export { INTUNE_HEADER };

export type AppRow = { device: string; email?: string; key: string; name: string; publisher?: string; platform?: string };

const field = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function intuneCsv(rows: AppRow[], { eol = "\n", bom = false } = {}): string {
  const lines = rows.map((r) =>
    [r.key, r.name, r.publisher ?? "", "1.0", "1.0.0", r.device, `Toestel ${r.device}`, r.email ?? "", "iOS", "17.5", r.platform ?? "iOS", "", ""].map(field).join(","),
  );
  return `${bom ? "\uFEFF" : ""}${[INTUNE_HEADER, ...lines].join(eol)}${eol}`;
}

export const tiktok = (device: string, email?: string): AppRow => ({ device, email, key: "com.zhiliaoapp.musically", name: "TikTok", publisher: "TikTok Ltd." });
export const harmless = (device: string, email?: string): AppRow => ({ device, email, key: "nl.rijksoverheid.app", name: "Rijksoverheid", publisher: "Rijksoverheid" });

/** The bytes as an async body, in chunks of `size` bytes, so every chunk border gets exercised. */
export async function* bodyOf(content: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}
