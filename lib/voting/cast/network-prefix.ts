import { isIP } from "node:net";
import { createHash } from "node:crypto";
import { UNKNOWN_IP, ipRateLimitSubject } from "@/lib/rate-limit/client-ip";

// What a ballot remembers about where it came from: the network, not the
// address. An IPv4 /24 or an IPv6 /64 is enough to see a burst from one place
// (the anomaly report) and to limit votes per network, and it does not point
// at one household the way a full address does.

export function networkPrefix(ip: string): string {
  if (ip === UNKNOWN_IP) return UNKNOWN_IP;
  if (isIP(ip) === 4) return `${ip.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(ip) === 6) return ipRateLimitSubject(ip);
  return UNKNOWN_IP;
}

/** A short hash of the browser's user-agent string: equal browsers group together, the string itself is not kept. */
export function userAgentHash(userAgent: string | null): string | null {
  const ua = userAgent?.trim();
  return ua ? createHash("sha256").update(`laurel-ua:${ua}`).digest("hex").slice(0, 16) : null;
}
