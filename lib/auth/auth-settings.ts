// Auth settings read from the environment. Pure (takes env) so it is unit
// tested; a bad value falls back to the safe default with a warning rather than
// taking the whole site down.
import { publicUrl } from "@/lib/security/headers";

type Env = Record<string, string | undefined>;

export interface AuthSettings {
  /** A staff session ends after this long without a request. */
  idleTimeoutMs: number;
  /** …and this long after sign-in, however active. */
  absoluteTimeoutMs: number;
  /** Sign-in links work for this long. */
  emailLinkMaxAgeSeconds: number;
  /** Base URL put into emailed links; never taken from the request's Host header. */
  publicUrl: string;
  /** Secure + __Host-/__Secure- cookies; only possible over https. Undefined: no public URL configured, Auth.js decides per request. */
  secureCookies: boolean | undefined;
  trustHost: boolean;
}

export const SESSION_TOUCH_INTERVAL_MS = 60_000;
export const EMAIL_LINK_MAX_AGE_SECONDS = 15 * 60;

function positiveNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (Number.isFinite(value) && value > 0) return value;
  console.warn(`[auth] ${name}="${raw}" is not a positive number; using ${fallback}.`);
  return fallback;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  return ["1", "true", "yes", "on"].includes(value.trim().toLowerCase());
}

function trustHost(env: Env): boolean {
  const told = flag(env.AUTH_TRUST_HOST);
  if (told === true || Boolean(env.AUTH_URL?.trim())) return true;
  return told === undefined && env.NODE_ENV !== "production";
}

export function authSettings(env: Env = process.env): AuthSettings {
  const url = publicUrl(env);
  return {
    idleTimeoutMs: positiveNumber(env, "SESSION_IDLE_MINUTES", 30) * 60_000,
    absoluteTimeoutMs: positiveNumber(env, "SESSION_MAX_HOURS", 12) * 3_600_000,
    emailLinkMaxAgeSeconds: EMAIL_LINK_MAX_AGE_SECONDS,
    publicUrl: url,
    // Browsers drop Secure cookies set over plain http (except on some
    // localhost builds), and __Host-/__Secure- names require Secure. The demo
    // and e2e run on http://localhost, so there the cookies are plain
    // HttpOnly + SameSite=Lax; any https AUTH_URL gets the hardened names.
    secureCookies: env.AUTH_URL?.trim() || env.APP_URL?.trim() ? url.startsWith("https://") : undefined,
    // Trust the Host header only when told to, or when AUTH_URL pins the origin
    // anyway; development trusts it unless told otherwise (Auth.js's default).
    trustHost: trustHost(env),
  };
}
