import { describe, expect, it, vi } from "vitest";
import { authSettings } from "@/lib/auth/auth-settings";

describe("authSettings", () => {
  it("defaults to a 30-minute idle and 12-hour absolute session and 15-minute links", () => {
    const s = authSettings({ NODE_ENV: "production" });
    expect(s.idleTimeoutMs).toBe(30 * 60_000);
    expect(s.absoluteTimeoutMs).toBe(12 * 3_600_000);
    expect(s.emailLinkMaxAgeSeconds).toBe(900);
  });

  it("reads the timeouts from the environment", () => {
    const s = authSettings({ SESSION_IDLE_MINUTES: "5", SESSION_MAX_HOURS: "1.5" });
    expect(s.idleTimeoutMs).toBe(5 * 60_000);
    expect(s.absoluteTimeoutMs).toBe(90 * 60_000);
  });

  it("falls back to the defaults for nonsense values", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const s = authSettings({ SESSION_IDLE_MINUTES: "-3", SESSION_MAX_HOURS: "forever" });
    expect(s.idleTimeoutMs).toBe(30 * 60_000);
    expect(s.absoluteTimeoutMs).toBe(12 * 3_600_000);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it("uses secure cookies only when the public URL is https", () => {
    expect(authSettings({ AUTH_URL: "https://awards.example.org" }).secureCookies).toBe(true);
    expect(authSettings({ AUTH_URL: "http://localhost:3000" }).secureCookies).toBe(false);
    // No public URL configured: Auth.js decides from each request's protocol.
    expect(authSettings({}).secureCookies).toBeUndefined();
  });

  it("trusts the host when told to or when AUTH_URL is set, not by default in production", () => {
    expect(authSettings({ NODE_ENV: "production" }).trustHost).toBe(false);
    expect(authSettings({ NODE_ENV: "production", AUTH_TRUST_HOST: "true" }).trustHost).toBe(true);
    expect(authSettings({ NODE_ENV: "production", AUTH_URL: "https://a.example" }).trustHost).toBe(true);
    expect(authSettings({ NODE_ENV: "development" }).trustHost).toBe(true);
    expect(authSettings({ NODE_ENV: "development", AUTH_TRUST_HOST: "false" }).trustHost).toBe(false);
  });

  it("puts the configured public URL, never a request's host, into links", () => {
    expect(authSettings({ AUTH_URL: "https://awards.example.org/" }).publicUrl).toBe("https://awards.example.org");
    expect(authSettings({}).publicUrl).toBe("http://localhost:3000");
  });
});
