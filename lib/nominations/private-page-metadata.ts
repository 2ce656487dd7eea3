import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** Pages behind a private link: never indexed, and the link is never sent on as a Referer. */
export async function privatePageMetadata(namespace: string): Promise<Metadata> {
  const t = await getTranslations(namespace as never);
  return { title: (t as unknown as (key: string) => string)("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}
