import { randomInt } from "node:crypto";

// No lookalikes (0/O, 1/I/L, 5/S, 8/B): a code is read off paper and typed in again.
const ALPHABET = "234679ACDEFGHJKMNPQRTUVWXYZ";
const GROUP = 4;
const PREFIX = "KN";

/** A random receipt code such as "KN-7F3Q-9XKD": 8 characters from 27, about 2.8·10^11 codes. */
export function newVerificationCode(): string {
  const pick = () => Array.from({ length: GROUP }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${PREFIX}-${pick()}-${pick()}`;
}

/** What someone typed, in the stored form (case, spaces and dashes do not matter); null when it cannot be a code. */
export function normaliseVerificationCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, "").replace(/^KN/, "");
  if (plain.length !== GROUP * 2 || ![...plain].every((c) => ALPHABET.includes(c))) return null;
  return `${PREFIX}-${plain.slice(0, GROUP)}-${plain.slice(GROUP)}`;
}
