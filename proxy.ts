import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";

// Sets a per-request CSP nonce. This is not a security boundary for access
// control: every page and action checks permissions itself.
// Stored files bring their own, stricter policy (default-src 'none'; sandbox),
// which a page CSP set here would override.
const FILE_ROUTE = /^\/api\/(attachments\/[^/]+|submissions\/[^/]+\/attachments\/[^/]+)$/;
// The public vote's JSON endpoints and the empty benchmark route answer no
// HTML, so a page CSP means nothing there; skipping the proxy keeps a vote
// cheap (the static security headers still come from next.config.ts).

export function proxy(request: NextRequest) {
  if (FILE_ROUTE.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Lets requireStaff send a signed-out visitor back here after sign-in; set
  // here so a client cannot supply its own.
  requestHeaders.set("x-laurel-path", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/|api/vote/|api/ping).*)" }],
};
