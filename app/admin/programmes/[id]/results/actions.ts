"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { confirmCategory } from "@/lib/results/confirm-category";
import { overrideResult } from "@/lib/results/override-result";
import { recordDraw } from "@/lib/results/record-draw";
import { reopenCategory } from "@/lib/results/reopen-category";
import { confirmFromForm, drawFromForm, overrideFromForm, reopenFromForm } from "@/lib/results/results-schemas";
import type { AdminFormState } from "../categories/form-state";
import { resultsFieldErrors, refusalState } from "./results-form-state";

const typed = (formData: FormData, name: string, max: number) => (typeof formData.get(name) === "string" ? String(formData.get(name)).slice(0, max) : "");

// The programmeId is bound from the page's URL; each domain function checks "results.manage" there and that the category is the programme's own.

export async function recordDrawAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.results");
  const values = { note: typed(formData, "note", 600), places: formData.getAll("place").map(String).join(",").slice(0, 200) };
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = drawFromForm(formData);
  if (!parsed.success) return { ok: false, fieldErrors: resultsFieldErrors(t, parsed.error.issues), message: t("errors.formHasErrors"), values, attempt };
  try {
    await recordDraw({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data });
  } catch (error) {
    return refusalState(t, error, "recording a draw", values, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/results`);
  return { ok: true, message: t("draw.recorded"), attempt };
}

export async function confirmAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.results");
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = confirmFromForm(formData);
  if (!parsed.success) return { ok: false, message: t("errors.formHasErrors"), attempt };
  try {
    await confirmCategory({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data });
  } catch (error) {
    return refusalState(t, error, "confirming", {}, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/results`);
  return { ok: true, message: t("confirm.done"), attempt };
}

export async function overrideAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.results");
  const values = { reason: typed(formData, "reason", 600), winners: formData.getAll("winners").map(String).join(",").slice(0, 2000) };
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = overrideFromForm(formData);
  if (!parsed.success) return { ok: false, fieldErrors: resultsFieldErrors(t, parsed.error.issues), message: t("errors.formHasErrors"), values, attempt };
  try {
    await overrideResult({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data });
  } catch (error) {
    return refusalState(t, error, "overriding", values, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/results`);
  return { ok: true, message: t("override.done"), attempt };
}

export async function reopenAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.results");
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = reopenFromForm(formData);
  if (!parsed.success) return { ok: false, message: t("errors.formHasErrors"), attempt };
  try {
    await reopenCategory({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data });
  } catch (error) {
    return refusalState(t, error, "reopening", {}, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/results`);
  return { ok: true, message: t("reopen.done"), attempt };
}
