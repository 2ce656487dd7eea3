import "server-only";
import { authSettings } from "@/lib/auth/auth-settings";
import type { VoterCookie } from "@/lib/voting/verify/verify-result";

/** HttpOnly, SameSite=Lax, Secure whenever the app is served over https, scoped to the whole site. */
export function setVoterCookie(response: Response, cookie: VoterCookie): Response {
  const settings = authSettings();
  const secure = settings.secureCookies ?? settings.publicUrl.startsWith("https:");
  const parts = [`${cookie.name}=${cookie.value}`, "Path=/", `Expires=${cookie.expires.toUTCString()}`, "HttpOnly", "SameSite=Lax"];
  if (secure) parts.push("Secure");
  response.headers.append("Set-Cookie", parts.join("; "));
  return response;
}

/** A cookie's value from the request's Cookie header. */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
