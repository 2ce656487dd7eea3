"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, RadioGroup, Select, TextInput } from "@/components/ui";
import { inviteMemberAction } from "./actions";
import { INITIAL_TEAM_STATE } from "./form-state";

export interface InviteFormProps {
  programmeId: string;
  categories: { id: string; name: string }[];
  languages: { value: string; label: string }[];
  defaultLocale: string;
}

export function InviteForm({ programmeId, categories, languages, defaultLocale }: InviteFormProps) {
  const t = useTranslations("teamAdmin.invite");
  const [state, action, pending] = useActionState(inviteMemberAction.bind(null, programmeId), INITIAL_TEAM_STATE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  // A new key after each attempt re-applies the kept values as defaults.
  return (
    <form action={action} aria-labelledby="invite-title" className="flex max-w-xl flex-col gap-5" noValidate key={JSON.stringify(values)}>
      {state.message && <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert>}
      <TextInput
        name="email"
        id="invite-email"
        type="email"
        label={t("email")}
        autoComplete="off"
        inputMode="email"
        required
        defaultValue={values.email}
        error={errors.email}
      />
      <RadioGroup
        name="role"
        id="invite-role"
        legend={t("role")}
        defaultValue={values.role || "juror"}
        error={errors.role}
        required
        options={[
          { value: "juror", label: t("roleJuror"), hint: t("roleJurorHint") },
          { value: "organiser", label: t("roleOrganiser"), hint: t("roleOrganiserHint") },
        ]}
      />
      <Select
        name="categoryId"
        id="invite-category"
        label={t("category")}
        hint={t("categoryHint")}
        defaultValue={values.categoryId ?? ""}
        error={errors.categoryId}
        options={[{ value: "", label: t("allCategories") }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <Checkbox name="isChair" id="invite-chair" label={t("chair")} hint={t("chairHint")} defaultChecked={values.isChair === "on"} error={errors.isChair} />
      <Checkbox
        name="isPreviousWinner"
        id="invite-previous-winner"
        label={t("previousWinner")}
        hint={t("previousWinnerHint")}
        defaultChecked={values.isPreviousWinner === "on"}
        error={errors.isPreviousWinner}
      />
      <Select
        name="locale"
        id="invite-locale"
        label={t("language")}
        hint={t("languageHint")}
        defaultValue={values.locale || defaultLocale}
        error={errors.locale}
        options={languages}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
