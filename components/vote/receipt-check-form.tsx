"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { FormProblem } from "@/components/vote/form-problem";
import { INITIAL_RECEIPT_CHECK, type ReceiptCheckState } from "@/components/vote/receipt-check-state";

export interface ReceiptCheckFormProps {
  categories: { id: string; name: string }[];
  action: (state: ReceiptCheckState, formData: FormData) => Promise<ReceiptCheckState>;
}

const TONE = { counted: "success", held: "warning", not_found: "danger" } as const;

/** A receipt code and its category → whether that ballot is in the count. */
export function ReceiptCheckForm({ categories, action }: ReceiptCheckFormProps) {
  const t = useTranslations("vote.receipt");
  const [state, formAction, pending] = useActionState(action, INITIAL_RECEIPT_CHECK);
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.found) answerRef.current?.focus();
  }, [state.found, state.attempt]);
  const problems = Object.values(state.fieldErrors ?? {});
  const problem = state.message ?? (problems.length ? problems.join(" ") : null);

  return (
    <div className="flex flex-col gap-6">
      <form action={formAction} noValidate className="flex flex-col gap-4">
        <FormProblem id="receipt-problem" message={problem} attempt={state.attempt} />
        <Select
          id="receipt-category"
          name="categoryId"
          label={t("category")}
          placeholder={t("chooseCategory")}
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          defaultValue={state.values.categoryId}
          key={`category-${state.attempt}`}
          required
          error={state.fieldErrors?.categoryId}
        />
        <TextInput
          id="receipt-code"
          name="receiptCode"
          label={t("code")}
          hint={t("codeHint")}
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values.receiptCode}
          key={`code-${state.attempt}`}
          required
          error={state.fieldErrors?.receiptCode}
          className="max-w-sm font-mono text-lg tracking-wider"
        />
        <div>
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </form>
      {state.found ? (
        <div ref={answerRef} tabIndex={-1} className="focus:outline-2 focus:outline-brand">
          <Alert tone={TONE[state.found]} role="status" title={t(`found.${state.found}.title`)}>
            {t(`found.${state.found}.text`)}
          </Alert>
        </div>
      ) : null}
    </div>
  );
}
