import { headers } from "next/headers";

/** The client's address as the nearest proxy reports it; only for the audit log and login throttling. */
export function clientIpFrom(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || "onbekend";
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
