"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { inviteMember } from "@/lib/team/invite-member";
import { removeMember } from "@/lib/team/remove-member";
import { resendInvitation } from "@/lib/team/resend-invitation";
import { revokeInvitation } from "@/lib/team/revoke-invitation";
import { updateMembership } from "@/lib/team/update-membership";
import { ZInvitationRef, ZInviteMember, ZRemoveMember, ZUpdateMembership } from "@/lib/validation/team";
import type { InviteField, TeamFormState } from "./form-state";

// The programmeId is bound from the page's URL. It only names the page: every
// domain function checks the permission in the object's own programme.

type T = Awaited<ReturnType<typeof getTranslations<"teamAdmin">>>;

const teamPath = (programmeId: string) => `/admin/programmes/${programmeId}/team`;
const INVITE_FIELDS: InviteField[] = ["email", "role", "categoryId", "isChair", "isPreviousWinner", "locale"];
/** Domain refusals that belong next to one field of the invite form. */
const FIELD_OF: Record<string, InviteField> = { categoryUnknown: "categoryId", localeInvalid: "locale", alreadyInvited: "email", alreadyMember: "email" };

function errorText(t: T, key: string): string {
  return t.has(`errors.${key}`) ? t(`errors.${key}` as Parameters<T>[0]) : t("errors.generic");
}

function fieldErrorsOf(error: z.ZodError, t: T): TeamFormState["fieldErrors"] {
  const out: NonNullable<TeamFormState["fieldErrors"]> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as InviteField;
    if (INVITE_FIELDS.includes(field) && !out[field]) out[field] = errorText(t, issue.message);
  }
  return out;
}

/** Expected refusals become their message; anything else is logged and shown as a generic failure. */
function failure(error: unknown, t: T, values?: TeamFormState["values"]): TeamFormState {
  if (!isAppError(error)) {
    console.error("[team] action failed:", error);
    return { ok: false, message: t("errors.generic"), values };
  }
  const key = t.has(`errors.${error.message}`) ? error.message : error.code;
  const field = FIELD_OF[error.message];
  return { ok: false, message: errorText(t, key), fieldErrors: field ? { [field]: errorText(t, key) } : undefined, values };
}

function typed(formData: FormData): NonNullable<TeamFormState["values"]> {
  return Object.fromEntries(
    INVITE_FIELDS.map((f) => [f, typeof formData.get(f) === "string" ? (formData.get(f) as string).slice(0, 300) : ""]),
  );
}

export async function inviteMemberAction(programmeId: string, _previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const t = await getTranslations("teamAdmin");
  const values = typed(formData);
  const parsed = ZInviteMember.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, t), message: t("errors.formHasErrors"), values };
  let email: string;
  try {
    ({ email } = await inviteMember({ actor: await getCurrentUser(), input: { ...parsed.data, programmeId } }));
  } catch (error) {
    return failure(error, t, values);
  }
  revalidatePath(teamPath(programmeId));
  return { ok: true, message: t("invite.sent", { email }) };
}

export async function resendInvitationAction(programmeId: string, _previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const t = await getTranslations("teamAdmin");
  const parsed = ZInvitationRef.safeParse({ invitationId: formData.get("invitationId") });
  if (!parsed.success) return { ok: false, message: t("errors.generic") };
  let email: string;
  try {
    ({ email } = await resendInvitation({ actor: await getCurrentUser(), input: { ...parsed.data, programmeId } }));
  } catch (error) {
    return failure(error, t);
  }
  revalidatePath(teamPath(programmeId));
  return { ok: true, message: t("invitations.resent", { email }) };
}

export async function revokeInvitationAction(programmeId: string, _previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const t = await getTranslations("teamAdmin");
  const parsed = ZInvitationRef.safeParse({ invitationId: formData.get("invitationId") });
  if (!parsed.success) return { ok: false, message: t("errors.generic") };
  try {
    await revokeInvitation({ actor: await getCurrentUser(), input: { ...parsed.data, programmeId } });
  } catch (error) {
    return failure(error, t);
  }
  revalidatePath(teamPath(programmeId));
  return { ok: true };
}

export async function updateMembershipAction(programmeId: string, _previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const t = await getTranslations("teamAdmin");
  const parsed = ZUpdateMembership.safeParse({
    membershipId: formData.get("membershipId"),
    categoryId: formData.get("categoryId"),
    isChair: formData.get("isChair"),
    isPreviousWinner: formData.get("isPreviousWinner"),
  });
  if (!parsed.success) return { ok: false, message: t("errors.generic") };
  try {
    await updateMembership({ actor: await getCurrentUser(), input: { ...parsed.data, programmeId } });
  } catch (error) {
    return failure(error, t);
  }
  revalidatePath(teamPath(programmeId));
  return { ok: true, message: t("members.saved") };
}

export async function removeMemberAction(programmeId: string, _previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const t = await getTranslations("teamAdmin");
  const parsed = ZRemoveMember.safeParse({ membershipId: formData.get("membershipId") });
  if (!parsed.success) return { ok: false, message: t("errors.generic") };
  try {
    await removeMember({ actor: await getCurrentUser(), input: { ...parsed.data, programmeId } });
  } catch (error) {
    return failure(error, t);
  }
  revalidatePath(teamPath(programmeId));
  return { ok: true };
}
