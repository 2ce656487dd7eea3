import type { AttachmentFile } from "@/lib/attachments/read-attachment";

// How a stored file goes out. The bytes were checked on the way in; these
// headers make sure a browser still treats them only as what they claim to
// be: no type guessing (nosniff), no scripts or plugins even if a file were
// opened as a page (CSP sandbox), nothing kept in shared caches, no other
// site embedding it, and the link (it may carry a private token) never sent on.

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

export function attachmentResponse(file: AttachmentFile): Response {
  const extension = EXTENSIONS[file.mimeType] ?? "bin";
  const isImage = file.mimeType.startsWith("image/");
  // Images show in the page; PDFs download, so the browser's PDF viewer never runs them in our origin.
  const disposition = isImage ? `inline; filename="photo.${extension}"` : `attachment; filename="document.${extension}"`;
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": EXTENSIONS[file.mimeType] ? file.mimeType : "application/octet-stream",
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": disposition,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Referrer-Policy": "no-referrer",
    },
  });
}

/** A 401 or 404 for the file routes: the same headers, and a body that says nothing. */
export function attachmentErrorResponse(status: 401 | 404): Response {
  return new Response(status === 401 ? "Sign in to continue." : "Not found.", {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Referrer-Policy": "no-referrer",
    },
  });
}
