// How a finalist appears in public, from what the nominee agreed to (pure).
import { shownName } from "@/lib/nominations/private-link-rules";

export interface AppearanceConsent {
  displayName: string;
  chosenName: string | null;
  showPhoto: boolean;
  showDistrict: boolean;
}

export interface NomineeFacts {
  nomineeKind: string;
  nomineeName: string;
  groupName: string | null;
  nomineeDistrict: string | null;
  /** Only an accepted consent counts; anything else agrees to nothing. */
  consent: (AppearanceConsent & { status: string }) | null;
  /** The nominee photo (Attachment kind "photo" answering no question), if any. */
  photoId: string | null;
}

/** What the nominee agreed to; with no accepted consent, the first name only and nothing else. */
export function agreedAppearance(n: Pick<NomineeFacts, "consent">): AppearanceConsent {
  const c = n.consent;
  if (!c || c.status !== "accepted") return { displayName: "first_name", chosenName: null, showPhoto: false, showDistrict: false };
  return { displayName: c.displayName, chosenName: c.chosenName, showPhoto: c.showPhoto, showDistrict: c.showDistrict };
}

export const isGroup = (n: Pick<NomineeFacts, "nomineeKind" | "groupName">) => n.nomineeKind === "group" && Boolean(n.groupName?.trim());

/** The profile a new finalist starts with: the name they chose, and district and photo only where they agreed. */
export function defaultPublicProfile(n: NomineeFacts): { publicName: string; publicDistrict: string | null; photoKey: string | null } {
  const agreed = agreedAppearance(n);
  const district = n.nomineeDistrict?.trim();
  return {
    publicName: isGroup(n) ? n.groupName!.trim() : shownName(agreed, n.nomineeName),
    publicDistrict: agreed.showDistrict && district ? district : null,
    photoKey: agreed.showPhoto ? n.photoId : null,
  };
}

/**
 * Whether a public name shows more of a person's name than they agreed to:
 * with "first name" or "chosen name", none of the other words of their full
 * name may appear. Groups appear by the group's name, so nothing is hidden.
 */
export function revealsHiddenName(publicName: string, n: Pick<NomineeFacts, "nomineeKind" | "groupName" | "nomineeName" | "consent">): boolean {
  if (isGroup(n)) return false;
  const agreed = agreedAppearance(n);
  if (agreed.displayName === "full_name") return false;
  const words = (s: string) => s.toLocaleLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const allowed = new Set(words(shownName(agreed, n.nomineeName)));
  const shown = new Set(words(publicName));
  return words(n.nomineeName).some((w) => w.length > 1 && !allowed.has(w) && shown.has(w));
}
