import { describe, expect, it } from "vitest";
import { clientIp, ipRateLimitSubject, UNKNOWN_IP } from "@/lib/rate-limit/client-ip";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("clientIp", () => {
  it("ignores forwarding headers unless the operator trusts one", () => {
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7" }), {})).toBe(UNKNOWN_IP);
    expect(clientIp(h({ "x-real-ip": "203.0.113.7" }), { TRUSTED_PROXY_HEADER: "x-forwarded-for" })).toBe(UNKNOWN_IP);
  });

  it("takes the last hop of the trusted header, which the client cannot forge", () => {
    const env = { TRUSTED_PROXY_HEADER: "X-Forwarded-For" };
    expect(clientIp(h({ "x-forwarded-for": "1.2.3.4, 198.51.100.9, 203.0.113.7" }), env)).toBe("203.0.113.7");
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7" }), env)).toBe("203.0.113.7");
  });

  it("reads single-value headers such as x-real-ip", () => {
    expect(clientIp(h({ "x-real-ip": "2001:DB8::1" }), { TRUSTED_PROXY_HEADER: "x-real-ip" })).toBe("2001:db8::1");
  });

  it("strips ports and IPv4-mapped prefixes", () => {
    const env = { TRUSTED_PROXY_HEADER: "x-forwarded-for" };
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7:51234" }), env)).toBe("203.0.113.7");
    expect(clientIp(h({ "x-forwarded-for": "[2001:db8::1]:443" }), env)).toBe("2001:db8::1");
    expect(clientIp(h({ "x-forwarded-for": "::ffff:203.0.113.7" }), env)).toBe("203.0.113.7");
  });

  it("answers unknown for garbage instead of trusting it as a key", () => {
    const env = { TRUSTED_PROXY_HEADER: "x-forwarded-for" };
    expect(clientIp(h({ "x-forwarded-for": "1.2.3.4, not-an-ip" }), env)).toBe(UNKNOWN_IP);
    expect(clientIp(h({ "x-forwarded-for": "" }), env)).toBe(UNKNOWN_IP);
    expect(clientIp(h({}), env)).toBe(UNKNOWN_IP);
  });
});

describe("ipRateLimitSubject", () => {
  it("keeps IPv4 addresses whole", () => {
    expect(ipRateLimitSubject("203.0.113.7")).toBe("203.0.113.7");
    expect(ipRateLimitSubject(UNKNOWN_IP)).toBe(UNKNOWN_IP);
  });

  it("groups IPv6 addresses by /64", () => {
    expect(ipRateLimitSubject("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(ipRateLimitSubject("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(ipRateLimitSubject("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipRateLimitSubject("::1")).toBe("0:0:0:0::/64");
  });
});
