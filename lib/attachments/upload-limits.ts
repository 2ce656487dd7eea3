// Every limit on uploaded files, in one place. Only the byte limit can be
// changed (UPLOAD_MAX_BYTES): the pixel limits keep memory use per upload
// bounded (a decoded 40-megapixel image is about 160 MB) on small servers.
// A bad value falls back to the default with a warning rather than breaking uploads.

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** The operator may lower the byte limit, or raise it up to this. */
const CEILING_MAX_BYTES = 50 * 1024 * 1024;

/** Largest file accepted, in bytes (UPLOAD_MAX_BYTES, default 10 MB). */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.UPLOAD_MAX_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_BYTES;
  const value = Number(raw);
  if (Number.isInteger(value) && value >= 1024 && value <= CEILING_MAX_BYTES) return value;
  console.warn(`[uploads] UPLOAD_MAX_BYTES="${raw}" is not a whole number of bytes between 1024 and ${CEILING_MAX_BYTES}; using ${DEFAULT_MAX_BYTES}.`);
  return DEFAULT_MAX_BYTES;
}

export const UPLOAD_LIMITS = {
  /** Width × height of an image as its header states it; more is refused before decoding. */
  maxPixels: 40_000_000,
  /** Longest side an image may declare; stops 1 × 40,000,000 strips. */
  maxDimension: 20_000,
  /** Stored photos are scaled down to at most this on their long side. */
  storedLongSide: 2400,
  jpegQuality: 85,
  webpQuality: 85,
  /** A PDF's compressed parts are unpacked to be checked; more than this (per part, in total) is refused. */
  pdfMaxInflatedStreamBytes: 32 * 1024 * 1024,
  pdfMaxInflatedTotalBytes: 64 * 1024 * 1024,
  /** Pending uploads older than this can no longer be attached, and retention deletes them. */
  pendingUploadTtlMs: 24 * 60 * 60 * 1000,
  /** Uploads per client address per window (POST /api/uploads). */
  rateLimit: { limit: 30, windowMs: 10 * 60 * 1000 },
  /** Without TRUSTED_PROXY_HEADER every visitor shares one "unknown" address, so that bucket is wider. */
  unknownIpRateLimit: { limit: 300, windowMs: 10 * 60 * 1000 },
} as const;

/** Room for the multipart envelope around the file (boundaries, the "kind" field). */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The limits as people read them, for messages ("up to {maxMegabytes} MB"). */
export function uploadLimitValues(env: Record<string, string | undefined> = process.env): { maxMegabytes: number; maxMegapixels: number } {
  return {
    maxMegabytes: Math.max(0.1, Math.floor((maxUploadBytes(env) / (1024 * 1024)) * 10) / 10),
    maxMegapixels: UPLOAD_LIMITS.maxPixels / 1_000_000,
  };
}
