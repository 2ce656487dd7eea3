import { agreedAppearance, type NomineeFacts } from "@/lib/shortlist/public-profile";
import { VOTABLE_NOMINATION_STATUS } from "@/lib/voting/context/vote-status";

/** The consent fields to select for photoAllowed. */
export const PHOTO_CONSENT_SELECT = { status: true, displayName: true, chosenName: true, showPhoto: true, showDistrict: true } as const;

/**
 * Whether a finalist's photo may be shown in public: the profile has one, the
 * nomination is still in play and not anonymised, and the nominee's accepted
 * consent still allows a photo (they may withdraw that at any time). The vote
 * pages, the photo route and the results page all ask here.
 */
export function photoAllowed(f: { photoKey: string | null; nomination: { status: string; anonymisedAt?: Date | null } & Pick<NomineeFacts, "consent"> }): boolean {
  return f.photoKey !== null && f.nomination.status === VOTABLE_NOMINATION_STATUS && !f.nomination.anonymisedAt && agreedAppearance(f.nomination).showPhoto;
}
