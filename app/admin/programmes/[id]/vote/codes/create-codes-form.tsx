"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Card, TextInput } from "@/components/ui";
import { MAX_CODES_PER_BATCH } from "@/lib/voting/admin/vote-admin-schemas";
import { INITIAL_FORM_STATE } from "../../categories/form-state";
import type { CodesFormState } from "./actions";

type Action = (state: CodesFormState, formData: FormData) => Promise<CodesFormState>;

/** Makes a batch; its codes appear once below, ready to print, and are gone on the next visit. */
export function CreateCodesForm({ action }: { action: Action }) {
  const t = useTranslations("admin.vote.codes");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as CodesFormState);
  const e = state.fieldErrors ?? {};
  const printable = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.codes) printable.current?.focus();
  }, [state.codes]);
  return (
    <>
      <Card as="section" aria-labelledby="make-title" className="max-w-3xl print:hidden">
        <h2 id="make-title" className="mb-2 text-xl font-semibold">
          {t("makeTitle")}
        </h2>
        <p className="mb-4">{t("makeIntro")}</p>
        <form action={formAction} className="flex flex-col gap-4" noValidate key={state.attempt ?? 0}>
          {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
          <TextInput name="label" id="batch-label" label={t("label")} hint={t("labelHint")} maxLength={60} defaultValue={state.values?.label} error={e.label} required />
          <TextInput
            name="count"
            id="batch-count"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_CODES_PER_BATCH}
            className="max-w-40"
            label={t("count")}
            hint={t("countHint", { max: MAX_CODES_PER_BATCH })}
            defaultValue={state.values?.count}
            error={e.count}
            required
          />
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? t("making") : t("make")}
            </Button>
          </div>
        </form>
      </Card>
      {state.ok && state.codes ? (
        <section aria-labelledby="printable-title" className="mt-8">
          <h2 id="printable-title" ref={printable} tabIndex={-1} className="mb-2 text-xl font-semibold">
            {t("printableTitle", { batch: state.batch ?? "" })}
          </h2>
          <Alert tone="warning" className="mb-4 print:hidden">
            {t("onceWarning")}
          </Alert>
          <div className="mb-4 print:hidden">
            <Button onClick={() => window.print()}>{t("print")}</Button>
          </div>
          <ol className="grid grid-cols-2 gap-3 font-mono text-lg sm:grid-cols-3 lg:grid-cols-4" aria-label={t("codesLabel")}>
            {state.codes.map((code) => (
              <li key={code} className="rounded border border-dashed border-line-strong p-3 text-center break-inside-avoid">
                {code}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
