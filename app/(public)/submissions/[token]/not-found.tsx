import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeadLink } from "@/components/private-links/dead-link";
import { CONFIRMATION_VALID_HOURS } from "@/lib/nominations/submit-nomination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privateLink.deadLink");
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Unknown, altered, expired or ended links all end here: same words, same 404.
export default function PrivateLinkNotFound() {
  return <DeadLink confirmHours={CONFIRMATION_VALID_HOURS} />;
}
