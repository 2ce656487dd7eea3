"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, RadioGroup, Select, TextArea } from "@/components/ui";
import { CONFLICT_NOTE_MAX } from "@/lib/transparency/conflict-form-schema";
import { INITIAL_FORM_STATE, type AdminFormState } from "../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export interface RecordConflictFormProps {
  action: Action;
  jurors: { id: string; name: string; categoryIds: (string | null)[] }[];
  nominations: { id: string; title: string; categoryId: string; categoryName: string }[];
}

const REASONS = ["knows_nominee", "same_organisation", "family", "other"] as const;

/** An organiser records a conflict a juror told them about; choosing the juror narrows the nominations to those they judge. */
export function RecordConflictForm({ action, jurors, nominations }: RecordConflictFormProps) {
  const t = useTranslations("conflictsAdmin.record");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={formAction} aria-labelledby="record-title" className="flex max-w-xl flex-col gap-5" noValidate key={state.attempt ?? 0}>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <Fields jurors={jurors} nominations={nominations} errors={e} values={v} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

/** The fields, remounted with what was typed after each attempt (the form's key). */
function Fields({ jurors, nominations, errors, values }: Omit<RecordConflictFormProps, "action"> & { errors: Record<string, string>; values: Record<string, string> }) {
  const t = useTranslations("conflictsAdmin.record");
  const reasons = useTranslations("conflictsAdmin.reasons");
  const [jurorId, setJurorId] = useState(values.jurorId ?? "");
  const juror = jurors.find((j) => j.id === jurorId);
  const judged = (categoryId: string) => !juror || juror.categoryIds.includes(null) || juror.categoryIds.includes(categoryId);
  const options = nominations.filter((n) => judged(n.categoryId) || n.id === values.nominationId);
  return (
    <>
      <Select
        name="jurorId"
        id="conflict-juror"
        label={t("juror")}
        placeholder={t("chooseJuror")}
        value={jurorId}
        onChange={(event) => setJurorId(event.target.value)}
        error={errors.jurorId}
        required
        options={jurors.map((j) => ({ value: j.id, label: j.name }))}
      />
      <Select
        name="nominationId"
        id="conflict-nomination"
        label={t("nomination")}
        hint={juror ? t("nominationHintJuror", { juror: juror.name }) : t("nominationHint")}
        placeholder={t("chooseNomination")}
        defaultValue={values.nominationId ?? ""}
        error={errors.nominationId}
        required
        options={options.map((n) => ({ value: n.id, label: t("nominationOption", { title: n.title, category: n.categoryName }) }))}
      />
      <RadioGroup
        name="reason"
        id="conflict-reason"
        legend={t("reason")}
        defaultValue={values.reason}
        error={errors.reason}
        required
        options={REASONS.map((r) => ({ value: r, label: reasons(r) }))}
      />
      <TextArea
        name="note"
        id="conflict-note"
        label={t("note")}
        hint={t("noteHint", { max: CONFLICT_NOTE_MAX })}
        optionalText={t("optional")}
        defaultValue={values.note}
        error={errors.note}
        rows={3}
      />
    </>
  );
}
