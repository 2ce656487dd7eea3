import { DeadLink } from "@/components/private-links/dead-link";
import { CONFIRMATION_VALID_HOURS } from "@/lib/nominations/submit-nomination";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";

export const generateMetadata = () => privatePageMetadata("privateLink.deadLink");

// Unknown, altered, expired or ended links all end here: same words, same 404.
export default function PrivateLinkNotFound() {
  return <DeadLink confirmHours={CONFIRMATION_VALID_HOURS} />;
}
