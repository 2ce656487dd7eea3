"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { moveInList } from "@/lib/categories/reorder";
import { saveCriteria } from "@/lib/categories/save-criteria";
import { ZCriterionRow, type TCriterionRow } from "@/lib/validation/category";
import { failureMessage, fieldErrorsOf } from "../action-helpers";
import type { AdminFormState } from "../form-state";

const MAX_ROWS = 40;

/** Rows as typed: criteria.<i>.id|name|description|weight. Blank new rows are the "add" slots and are dropped. */
function typedRows(formData: FormData) {
  const rows: { key: string; id: string; name: string; description: string; weight: string }[] = [];
  for (let i = 0; i < MAX_ROWS; i++) {
    const get = (f: string) => {
      const v = formData.get(`criteria.${i}.${f}`);
      return typeof v === "string" ? v.slice(0, 2000) : null;
    };
    const name = get("name");
    if (name === null) continue;
    const row = { key: String(i), id: get("id") ?? "", name, description: get("description") ?? "", weight: get("weight") ?? "" };
    if (!row.id && !row.name.trim() && !row.description.trim() && !row.weight.trim()) continue;
    rows.push(row);
  }
  return rows;
}

/**
 * One form for the whole list: "Save", and per row "Move up", "Move down" and
 * "Remove" buttons (intent=up:3 …). Every button saves the whole list, so it
 * all works without JavaScript.
 */
export async function saveCriteriaAction(programmeId: string, categoryId: string, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("categoryAdmin");
  const attempt = Date.now();
  let rows = typedRows(formData);
  const [verb, index] = String(formData.get("intent") ?? "save").split(":");
  const target = rows.find((r) => r.key === index);
  if (target && verb === "remove") rows = rows.filter((r) => r !== target);
  if (target && (verb === "up" || verb === "down")) {
    const order = moveInList(rows.map((r) => r.key), target.key, verb);
    rows = order.map((k) => rows.find((r) => r.key === k)!);
  }
  const values: Record<string, string> = {};
  for (const [i, r] of rows.entries()) {
    values[`criteria.${i}.id`] = r.id;
    values[`criteria.${i}.name`] = r.name;
    values[`criteria.${i}.description`] = r.description;
    values[`criteria.${i}.weight`] = r.weight;
  }
  values.count = String(rows.length);

  const criteria: TCriterionRow[] = [];
  let fieldErrors: Record<string, string> = {};
  for (const [i, r] of rows.entries()) {
    const parsed = ZCriterionRow.safeParse({ id: r.id || undefined, name: r.name, description: r.description, weight: r.weight });
    if (parsed.success) criteria.push(parsed.data);
    else fieldErrors = { ...fieldErrors, ...fieldErrorsOf(parsed.error, t, `criteria.${i}.`) };
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors, message: t("errors.formHasErrors"), values, attempt };
  try {
    await saveCriteria({ actor: await getCurrentUser(), input: { programmeId, categoryId, criteria } });
  } catch (error) {
    return { ok: false, message: failureMessage(error, t), attempt };
  }
  revalidatePath(`/admin/programmes/${programmeId}/categories/${categoryId}`);
  return { ok: true, message: t("criteria.saved"), attempt };
}
