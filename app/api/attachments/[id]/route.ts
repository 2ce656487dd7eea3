import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { attachmentErrorResponse, attachmentResponse } from "@/lib/attachments/attachment-response";
import { loadAttachmentForActor } from "@/lib/attachments/read-attachment";
import { isAppError } from "@/lib/errors";

// A file attached to a nomination, for staff. Signed out: 401 (whatever the
// id). Signed in but not allowed, unknown or pending: 404, so ids cannot be
// probed. The permission rule is lib/attachments/can-view-attachment.ts.

const ZId = z.string().min(1).max(64);

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return attachmentErrorResponse(401);
  const id = ZId.safeParse((await params).id);
  if (!id.success) return attachmentErrorResponse(404);
  try {
    return attachmentResponse(await loadAttachmentForActor({ actor, attachmentId: id.data }));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return attachmentErrorResponse(404);
    throw error;
  }
}
