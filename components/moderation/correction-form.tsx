"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextArea, TextInput } from "@/components/ui";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";
import { INITIAL_MODERATION_STATE, type ModerationAction } from "./form-state";

export interface CorrectableAnswer {
  questionId: string;
  label: string;
  long: boolean;
  maxLength: number;
  required: boolean;
  value: string;
}

/** Fix obvious typos; the audit log records which fields changed, never what they said. */
export function CorrectionForm({
  action,
  initial,
  isGroup,
  answers,
}: {
  action: ModerationAction;
  initial: { nomineeName: string; groupName: string; nomineeDistrict: string; story: string };
  isGroup: boolean;
  answers: CorrectableAnswer[];
}) {
  const t = useTranslations("moderation.correct");
  const [state, formAction, pending] = useActionState(action, INITIAL_MODERATION_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const value = (key: string, fallback: string) => v[key] ?? fallback;
  return (
    <form action={formAction} aria-label={t("title")} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <div key={state.attempt ?? 0} className="flex flex-col gap-4">
        <TextInput
          name="nomineeName"
          id="correct-nomineeName"
          label={isGroup ? t("contactName") : t("nomineeName")}
          required
          maxLength={SUBMISSION_LIMITS.name}
          defaultValue={value("nomineeName", initial.nomineeName)}
          error={e.nomineeName}
        />
        {isGroup ? (
          <TextInput
            name="groupName"
            id="correct-groupName"
            label={t("groupName")}
            required
            maxLength={SUBMISSION_LIMITS.groupName}
            defaultValue={value("groupName", initial.groupName)}
            error={e.groupName}
          />
        ) : null}
        <TextInput
          name="nomineeDistrict"
          id="correct-nomineeDistrict"
          label={t("district")}
          optionalText={t("optional")}
          maxLength={SUBMISSION_LIMITS.district}
          defaultValue={value("nomineeDistrict", initial.nomineeDistrict)}
          error={e.nomineeDistrict}
        />
        <TextArea
          name="story"
          id="correct-story"
          label={t("story")}
          required
          rows={8}
          maxLength={SUBMISSION_LIMITS.story}
          defaultValue={value("story", initial.story)}
          error={e.story}
        />
        {answers.map((a) => {
          const key = `answers.${a.questionId}`;
          const common = {
            name: `answer:${a.questionId}`,
            id: `correct-answer-${a.questionId}`,
            label: a.label,
            required: a.required,
            optionalText: t("optional"),
            maxLength: a.maxLength,
            defaultValue: value(key, a.value),
            error: e[key],
          };
          return a.long ? <TextArea key={a.questionId} rows={4} {...common} /> : <TextInput key={a.questionId} {...common} />;
        })}
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
