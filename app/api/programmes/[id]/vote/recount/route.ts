import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { organiserRecountFile } from "@/lib/voting/admin/build-recount-file";

// The recount file for the programme's organisers, once the vote has closed.
// Signed out: 401. Not an organiser of it, or unknown: 404, so nothing can be
// probed. Before the close: 409, and no count exists for anyone.

const ZId = z.string().min(1).max(64);

const PRIVATE = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
};

function refusal(status: 401 | 404 | 409): Response {
  const text = { 401: "Sign in to continue.", 404: "Not found.", 409: "The vote has not closed yet." }[status];
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return refusal(401);
  const id = ZId.safeParse((await params).id);
  if (!id.success) return refusal(404);
  try {
    const { filename, text } = await organiserRecountFile({ actor, programmeId: id.data });
    return new Response(text, {
      status: 200,
      headers: { "Content-Type": "application/jsonl; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, ...PRIVATE },
    });
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) return refusal(404);
    if (isAppError(error) && error.code === "invalid_state") return refusal(409);
    throw error;
  }
}
