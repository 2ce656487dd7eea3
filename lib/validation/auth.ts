// Sign-in forms, shared by the client forms and the server actions. Messages
// are keys under the "auth.errors" namespace so both sides show them in the
// person's language.
import { z } from "zod";

/** Longer inputs are refused rather than hashed: nobody types 1 KiB, an attacker might post 10 MiB. */
export const MAX_PASSWORD_LENGTH = 1024;

/** One spelling per address: trimmed, Unicode-normalised, lower case. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

export const ZEmail = z
  .string({ error: "emailRequired" })
  .transform(normalizeEmail)
  .pipe(z.string().min(1, { error: "emailRequired" }).max(254, { error: "emailInvalid" }).pipe(z.email({ error: "emailInvalid" })));

/** Only same-site relative paths; anything else (//evil.example, https://…, /\evil) becomes undefined. */
export function safeCallbackUrl(raw: unknown): string | undefined {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return undefined;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return undefined;
  // Control characters could smuggle a second URL past naive parsers.
  if (/[\u0000-\u001f\u007f]/.test(raw)) return undefined;
  try {
    const url = new URL(raw, "http://laurel.invalid");
    if (url.origin !== "http://laurel.invalid") return undefined;
    return url.pathname + url.search + url.hash;
  } catch {
    return undefined;
  }
}

const ZCallbackUrl = z.unknown().transform(safeCallbackUrl).optional();

export const ZSignInWithPassword = z.object({
  email: ZEmail,
  password: z
    .string({ error: "passwordRequired" })
    .min(1, { error: "passwordRequired" })
    .max(MAX_PASSWORD_LENGTH, { error: "credentialsWrong" }),
  callbackUrl: ZCallbackUrl,
});
export type TSignInWithPassword = z.infer<typeof ZSignInWithPassword>;

export const ZRequestSignInLink = z.object({
  email: ZEmail,
  callbackUrl: ZCallbackUrl,
});
export type TRequestSignInLink = z.infer<typeof ZRequestSignInLink>;

/** Keys of auth.errors.* a field error can hold. */
export type AuthFieldErrorKey = "emailRequired" | "emailInvalid" | "passwordRequired" | "credentialsWrong";
