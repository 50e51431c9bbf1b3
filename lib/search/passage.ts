import { HIT_END, HIT_START } from "./markers";

export type PassagePart = { text: string; hit: boolean };

/**
 * A passage from ts_headline as plain parts for the page: Markdown signs are dropped (a reader sees text, not
 * "**"), and the marked words become parts with hit = true. Nothing here is HTML; React escapes every part.
 */
export function passageParts(passage: string): PassagePart[] {
  const plain = passage
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]+/g, "")
    .replace(/(^|\s)[#>]+(?=\s)/g, "$1")
    .replace(/\|/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const parts: PassagePart[] = [];
  for (const [index, piece] of plain.split(HIT_START).entries()) {
    if (index === 0) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    const [hit, ...rest] = piece.split(HIT_END);
    if (hit) parts.push({ text: hit, hit: true });
    const after = rest.join("");
    if (after) parts.push({ text: after, hit: false });
  }
  return parts;
}
