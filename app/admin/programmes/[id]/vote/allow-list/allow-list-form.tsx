"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, controlClasses, Field, TextArea } from "@/components/ui";
import { INITIAL_FORM_STATE, type AdminFormState } from "../../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export function AllowListForm({ action }: { action: Action }) {
  const t = useTranslations("admin.vote.allowList");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} aria-label={t("replaceTitle")} className="flex flex-col gap-4" noValidate key={state.attempt ?? 0}>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <TextArea name="list" id="allow-list" rows={10} label={t("paste")} hint={t("pasteHint")} defaultValue={state.values?.list} error={e.list} spellCheck={false} autoComplete="off" />
      <Field id="allow-list-file" label={t("upload")} hint={t("uploadHint")}>
        {(control) => <input type="file" name="file" accept=".txt,.csv,text/plain,text/csv" {...control} className={controlClasses(false)} />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("replacing") : t("replace")}
        </Button>
      </div>
    </form>
  );
}
