"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox } from "@/components/ui";
import { INITIAL_FORM_STATE, type AdminFormState } from "../form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export function DeleteCategoryForm({ action }: { action: Action }) {
  const t = useTranslations("categoryAdmin");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} aria-label={t("delete.title")} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone="danger">{state.message}</Alert> : null}
      <Checkbox name="confirm" id="delete-confirm" label={t("delete.confirm")} error={state.fieldErrors?.confirm} />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {t("delete.button")}
        </Button>
      </div>
    </form>
  );
}
