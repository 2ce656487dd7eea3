// Which address a request came from, for rate limits. Headers like
// X-Forwarded-For are written by whoever sends the request, so we believe one
// only when the operator names it in TRUSTED_PROXY_HEADER (their reverse proxy
// sets it). We take its LAST value: the address the nearest proxy — ours —
// saw; values further left were supplied by the client and can be forged.
// Without a trusted header Next.js gives route handlers and server actions no
// socket address, so every client is "unknown" and shares one bucket: fine for
// a demo on localhost, too coarse behind a proxy — set the variable there.
import { isIP } from "node:net";

export const UNKNOWN_IP = "unknown";

type HeaderSource = Pick<Headers, "get">;

export function clientIp(headers: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  const name = env.TRUSTED_PROXY_HEADER?.trim().toLowerCase();
  if (!name) return UNKNOWN_IP;
  const raw = headers.get(name);
  if (!raw) return UNKNOWN_IP;
  const last = raw.split(",").at(-1)!.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" forms from some proxies.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(last);
  const withoutPort = bracketed ? bracketed[1] : /^[\d.]+:\d+$/.test(last) ? last.split(":")[0] : last;
  const address = withoutPort.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address.toLowerCase() : UNKNOWN_IP;
}

/**
 * The part of an address that identifies one client for rate limiting: the
 * whole IPv4 address, but an IPv6 /64, because one household or phone gets a
 * whole /64 and could otherwise rotate through 2^64 addresses.
 */
export function ipRateLimitSubject(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":") + "::/64";
}
