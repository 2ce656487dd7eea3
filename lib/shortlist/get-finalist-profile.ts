import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { shownName } from "@/lib/nominations/private-link-rules";
import { authorizeFinalist } from "@/lib/shortlist/authorize-finalist";
import { agreedAppearance, isGroup } from "@/lib/shortlist/public-profile";

export interface FinalistProfileView {
  id: string;
  programme: { id: string; name: string; edition: string; phase: string };
  category: { id: string; name: string };
  title: string;
  group: boolean;
  profile: { publicName: string; publicSummary: string; publicDistrict: string | null; showPhoto: boolean };
  agreed: { displayName: string; shownName: string; showPhoto: boolean; showDistrict: boolean };
  /** The nominee photo, served permission-checked by /api/attachments/[id]. */
  photo: { id: string; width: number | null; height: number | null } | null;
}

/** What the organiser needs to prepare a finalist's public profile; nothing the nominee did not agree to show. */
export async function getFinalistProfile({ actor, finalistId, programmeId }: { actor: SessionUser | null; finalistId: string; programmeId?: string }): Promise<FinalistProfileView> {
  const { finalist: f } = await authorizeFinalist(db, { actor, finalistId, programmeId });
  const n = f.nomination;
  const agreed = agreedAppearance(n);
  return {
    id: f.id,
    programme: { id: f.category.programmeId, ...f.category.programme },
    category: { id: f.categoryId, name: f.category.name },
    title: isGroup(n) ? n.groupName!.trim() : n.nomineeName,
    group: isGroup(n),
    profile: { publicName: f.publicName, publicSummary: f.publicSummary, publicDistrict: f.publicDistrict, showPhoto: f.photoKey !== null },
    agreed: { displayName: agreed.displayName, shownName: isGroup(n) ? n.groupName!.trim() : shownName(agreed, n.nomineeName), showPhoto: agreed.showPhoto, showDistrict: agreed.showDistrict },
    photo: n.attachments[0] ?? null,
  };
}
