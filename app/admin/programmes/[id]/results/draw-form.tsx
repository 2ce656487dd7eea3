"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Select, TextArea } from "@/components/ui";
import { INITIAL_FORM_STATE, type AdminFormState } from "../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

/** Records a draw: the place each tied finalist was drawn at, and how the draw was done. */
export function DrawForm({ action, categoryId, tied }: { action: Action; categoryId: string; tied: { finalistId: string; publicName: string }[] }) {
  const t = useTranslations("admin.results.draw");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const places = tied.map((_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  const orderError = state.fieldErrors?.order;
  const typedPlaces = state.values?.places?.split(",") ?? [];
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={state.attempt ?? 0}>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <input type="hidden" name="categoryId" value={categoryId} />
      <fieldset className="flex flex-col gap-3" aria-describedby={orderError ? `draw-${categoryId}-order-error` : undefined}>
        <legend className="font-semibold">{t("orderLegend")}</legend>
        {orderError ? (
          <p id={`draw-${categoryId}-order-error`} className="text-sm font-semibold text-danger">
            {orderError}
          </p>
        ) : null}
        {tied.map((f, i) => (
          <div key={f.finalistId}>
            <input type="hidden" name="finalist" value={f.finalistId} />
            <Select id={`draw-${categoryId}-${f.finalistId}`} name="place" label={t("placeLabel", { name: f.publicName })} options={places} defaultValue={typedPlaces[i] ?? String(i + 1)} required />
          </div>
        ))}
      </fieldset>
      <TextArea name="note" id={`draw-${categoryId}-note`} rows={2} label={t("noteLabel")} hint={t("noteHint")} maxLength={500} defaultValue={state.values?.note} error={state.fieldErrors?.note} required />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("recording") : t("record")}
        </Button>
      </div>
    </form>
  );
}
