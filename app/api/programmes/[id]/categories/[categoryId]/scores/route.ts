import { z } from "zod";
import { requestLocale } from "@/lib/attachments/upload-request";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { exportCategoryScores } from "@/lib/exports/export-category-scores";

// A category's anonymous jury scores as CSV (?part=scores, the default) or its
// ranking (?part=ranking). Signed out: 401. Not the category's chair or an
// organiser, or an unknown or mismatched id: 404, so nothing can be probed.

const ZId = z.string().min(1).max(64);
const ZPart = z.enum(["scores", "ranking"]).default("scores");

const PRIVATE = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
};

function refusal(status: 401 | 404): Response {
  return new Response(status === 401 ? "Sign in to continue." : "Not found.", {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string; categoryId: string }> }): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return refusal(401);
  const { id, categoryId } = await params;
  const ids = z.object({ programmeId: ZId, categoryId: ZId }).safeParse({ programmeId: id, categoryId });
  const part = ZPart.safeParse(new URL(request.url).searchParams.get("part") ?? undefined);
  if (!ids.success || !part.success) return refusal(404);
  try {
    const { filename, csv } = await exportCategoryScores({ actor, ...ids.data, part: part.data, locale: requestLocale(request.headers) });
    // The byte order mark makes spreadsheet programs read the file as UTF-8 (umlauts, accents).
    return new Response(`\uFEFF${csv}`, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        ...PRIVATE,
      },
    });
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) return refusal(404);
    throw error;
  }
}
