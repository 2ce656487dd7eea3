import { z } from "zod";
import { attachmentErrorResponse, attachmentResponse } from "@/lib/attachments/attachment-response";
import { loadAttachmentForSubmitter } from "@/lib/attachments/read-attachment";
import { isAppError } from "@/lib/errors";

// A file of the submitter's own submission, through the private link from
// their confirmation email. Any wrong token or id: 404, nothing more.

const ZParams = z.object({ token: z.string().min(1).max(100), id: z.string().min(1).max(64) });

export async function GET(_request: Request, { params }: { params: Promise<{ token: string; id: string }> }): Promise<Response> {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return attachmentErrorResponse(404);
  try {
    return attachmentResponse(await loadAttachmentForSubmitter({ token: parsed.data.token, attachmentId: parsed.data.id }));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return attachmentErrorResponse(404);
    throw error;
  }
}
