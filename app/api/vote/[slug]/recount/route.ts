import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { SLUG_PATTERN } from "@/lib/validation/programme";
import { publicRecountFile } from "@/lib/voting/admin/build-recount-file";

// The published recount file: anyone can count the public vote again. It
// exists once the results are published; before that, 404 like an unknown
// programme, so nothing about the count can be learnt early.

const ZSlug = z.string().min(1).max(100).regex(SLUG_PATTERN);

const HEADERS = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const notFound = () => new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...HEADERS } });
  const slug = ZSlug.safeParse((await params).slug);
  if (!slug.success) return notFound();
  try {
    const { filename, text } = await publicRecountFile({ slug: slug.data });
    return new Response(text, {
      status: 200,
      headers: {
        "Content-Type": "application/jsonl; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "public, max-age=300",
        ...HEADERS,
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return notFound();
    throw error;
  }
}
