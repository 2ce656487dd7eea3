// Input of the language switcher. Pure (no file system) so it can be unit
// tested; the server passes in the languages it has messages for.
import { z } from "zod";

/**
 * A path on this site to return to: must start with one "/" so it can never
 * send someone to another site ("//evil.example", "/\\evil.example").
 */
export const ZReturnPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s]*$/);

export function makeZSetLocale(locales: readonly string[]) {
  return z.object({
    locale: z.string().refine((value) => locales.includes(value)),
    returnTo: ZReturnPath.catch("/"),
  });
}

export type TSetLocale = z.infer<ReturnType<typeof makeZSetLocale>>;
