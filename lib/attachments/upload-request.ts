// Pieces of POST /api/uploads that do not need the database: where the request
// came from, reading its body with a hard cap, and the language to answer in.
import { createTranslator } from "next-intl";
import { authSettings } from "@/lib/auth/auth-settings";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isSupportedLocale, negotiateLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

type HeaderSource = Pick<Headers, "get">;

/**
 * Cross-site pages must not upload on someone's behalf. Browsers mark every
 * request with Sec-Fetch-Site (pages cannot forge it) and POSTs with Origin:
 * when present they must say "same origin" (our Host, or the configured
 * public address when a proxy rewrites Host). Requests with neither come from
 * non-browser clients, which no cross-site request forgery can involve.
 */
export function isSameOriginRequest(headers: HeaderSource, publicUrl = authSettings().publicUrl): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin";
  const origin = headers.get("origin");
  if (origin === null) return true;
  try {
    const from = new URL(origin).host;
    return from === (headers.get("x-forwarded-host") ?? headers.get("host")) || from === new URL(publicUrl).host;
  } catch {
    // "null" (sandboxed or privacy-sensitive contexts) and anything unparsable.
    return false;
  }
}

/**
 * The body, read up to `maxBytes`; null as soon as it is longer. A declared
 * Content-Length over the cap is refused before reading anything; a body
 * without one (chunked) is counted as it arrives, so nobody can stream
 * gigabytes into memory.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}

/** The request's language, as pages choose it (lib/i18n/request.ts): the cookie, then Accept-Language. */
export function requestLocale(headers: HeaderSource): string {
  const cookie = headers.get("cookie") ?? "";
  const raw = cookie
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  const fromCookie = raw ? safeDecode(raw) : undefined;
  return isSupportedLocale(fromCookie) ? fromCookie : negotiateLocale(headers.get("accept-language"));
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

export type UploadTranslator = (key: string, values?: Record<string, string | number>) => string;

/** Texts under "uploads" in the request's language (a route handler has no next-intl request scope to ask). */
export async function uploadTranslator(headers: HeaderSource): Promise<UploadTranslator> {
  const locale = requestLocale(headers) ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "uploads" });
  return (key, values) => (t as unknown as UploadTranslator)(key, values);
}
