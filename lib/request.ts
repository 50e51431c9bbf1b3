import "server-only";
import { BlockList, isIP } from "node:net";
import { headers } from "next/headers";

/** A valid IPv4 or IPv6 address in its plain form, or null: raw header text never reaches the database. */
export function validIp(value: string | undefined | null): string | null {
  let candidate = value?.trim() ?? "";
  if (candidate.startsWith("[") && candidate.includes("]")) candidate = candidate.slice(1, candidate.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(candidate)) candidate = candidate.slice(0, candidate.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(candidate)) candidate = candidate.slice(7);
  return isIP(candidate) ? candidate.toLowerCase() : null;
}

let cached: { value: string; list: BlockList | null } | null = null;

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in front of the portal.
 * An entry that is not an address is skipped with a warning: the proxy then counts as the client, which
 * makes every client one source instead of believing what clients write.
 */
export function parseTrustedProxies(value: string | undefined): BlockList | null {
  if (cached && cached.value === (value ?? "")) return cached.list;
  const list = new BlockList();
  let size = 0;
  for (const entry of (value ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix, ...rest] = entry.split("/");
    const ip = validIp(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const type = ip && isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (!ip || rest.length > 0 || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= (type === "ipv6" ? 128 : 32)))) {
      console.warn(`TRUSTED_PROXIES: "${entry}" is geen IP-adres of CIDR-bereik en wordt overgeslagen.`);
      continue;
    }
    if (bits === null) list.addAddress(ip, type);
    else list.addSubnet(ip, bits, type);
    size++;
  }
  cached = { value: value ?? "", list: size > 0 ? list : null };
  return cached.list;
}

const isTrusted = (list: BlockList, ip: string) => list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");

/**
 * The client's address, for the audit log and login throttling. Next does not tell us the peer of the
 * connection, so forwarded headers are believed only when TRUSTED_PROXIES names the proxies (and the portal
 * is reachable only through them): then the right-most X-Forwarded-For entry that is not one of them is
 * the client, as the nearest proxy saw it. Without TRUSTED_PROXIES every client is "unknown" (null),
 * because a client can write any X-Forwarded-For it likes.
 */
export function clientIpFrom(h: Headers, trustedProxies = process.env.TRUSTED_PROXIES): string | null {
  const proxies = parseTrustedProxies(trustedProxies);
  if (!proxies) return null;
  const hops = (h.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const ip = validIp(hops[i]);
    if (!ip) return null;
    if (!isTrusted(proxies, ip)) return ip;
  }
  // Every hop is a trusted proxy: the request started inside our own network.
  return validIp(hops[0]);
}

export async function clientIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}
