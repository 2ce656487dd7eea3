import { AppError } from "@/lib/errors";

// Why an upload was refused. The AppError message is "upload.<reason>"; the
// upload route turns the reason into text under uploads.errors.<reason>.
export const UPLOAD_REFUSALS = ["not_allowed_type", "too_large", "too_many_pixels", "pdf_active_content", "unreadable"] as const;
export type UploadRefusal = (typeof UPLOAD_REFUSALS)[number];

export function uploadRefused(reason: UploadRefusal): AppError {
  return new AppError("invalid_input", `upload.${reason}`);
}

/** The upload reason inside an AppError from storeUpload, or null for anything else. */
export function refusalOf(error: unknown): UploadRefusal | null {
  if (!(error instanceof AppError) || error.code !== "invalid_input") return null;
  const reason = error.message.replace(/^upload\./, "");
  return (UPLOAD_REFUSALS as readonly string[]).includes(reason) ? (reason as UploadRefusal) : null;
}
