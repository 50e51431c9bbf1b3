import { createHash } from "node:crypto";

// Our own namespace for name-based UUIDs (RFC 9562 version 5); any fixed UUID works, it only has to stay the same.
const NAMESPACE = "6f1c2a52-3a7e-4f0e-9a53-2b9c1d0e7a41";

/**
 * A UUID that follows from a name: the same name gives the same UUID. A configuration profile built
 * twice from the same list version is then byte for byte the same, and a device sees it as unchanged.
 */
export function stableUuid(name: string): string {
  const hash = createHash("sha1").update(Buffer.from(NAMESPACE.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
