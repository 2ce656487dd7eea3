import { z } from "zod";
import { loadFinalistPhoto } from "@/lib/voting/finalists/load-finalist-photo";

// A finalist's photo for the public vote pages and link previews. Public, so
// shared caches may keep it, but only briefly: a nominee who withdraws their
// consent to a photo must disappear soon. Anything not shown is a plain 404.

const ZParams = z.object({ slug: z.string().min(1).max(200), finalistId: z.string().min(1).max(64) });

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Referrer-Policy": "no-referrer",
};

function notFound(): Response {
  return new Response("Not found.", { status: 404, headers: { ...SAFE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; finalistId: string }> }): Promise<Response> {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return notFound();
  const photo = await loadFinalistPhoto(parsed.data);
  if (!photo) return notFound();
  return new Response(new Uint8Array(photo.bytes), {
    status: 200,
    headers: {
      ...SAFE_HEADERS,
      "Content-Type": photo.mimeType,
      "Content-Length": String(photo.bytes.length),
      "Content-Disposition": "inline",
      "Cache-Control": "public, max-age=300",
      // Link previews in other sites' apps may show it; it is public by the nominee's choice.
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}
