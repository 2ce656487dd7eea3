import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import type { Capability } from "@/lib/permissions/capabilities";

/** Preparing public profiles is the organisers' job: it takes the shortlist and the programme's editing rights. */
export const PROFILE_CAPABILITIES: Capability[] = ["shortlist.manage", "programme.edit"];

/** Loads a finalist for a profile act, after checking the actor may do it in its programme and category (404 for ids from elsewhere). */
export async function authorizeFinalist(tx: Tx, { actor, finalistId, programmeId }: { actor: SessionUser | null; finalistId: string; programmeId?: string }) {
  if (!actor) authorize(actor, PROFILE_CAPABILITIES[0]);
  const finalist = await tx.finalist.findUnique({
    where: { id: finalistId },
    select: {
      id: true,
      categoryId: true,
      publicName: true,
      publicSummary: true,
      publicDistrict: true,
      photoKey: true,
      category: { select: { name: true, programmeId: true, programme: { select: { name: true, edition: true, phase: true } } } },
      nomination: {
        select: {
          id: true,
          nomineeKind: true,
          nomineeName: true,
          groupName: true,
          nomineeDistrict: true,
          consent: { select: { status: true, displayName: true, chosenName: true, showPhoto: true, showDistrict: true } },
          attachments: { where: { kind: "photo", questionId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1, select: { id: true, width: true, height: true } },
        },
      },
    },
  });
  if (!finalist || (programmeId !== undefined && finalist.category.programmeId !== programmeId)) {
    if (programmeId !== undefined) for (const c of PROFILE_CAPABILITIES) authorize(actor, c, { programmeId });
    throw new AppError("not_found", "No such finalist.");
  }
  let me = actor!;
  for (const c of PROFILE_CAPABILITIES) me = authorize(actor, c, { programmeId: finalist.category.programmeId, categoryId: finalist.categoryId });
  return { me, finalist };
}
