"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextInput } from "@/components/ui";
import type { ProgrammeFormState } from "../../new/form-state";

export function DuplicateForm({
  action,
  initial,
}: {
  action: (state: ProgrammeFormState, formData: FormData) => Promise<ProgrammeFormState>;
  initial: Record<string, string>;
}) {
  const t = useTranslations("programmeAdmin.duplicate");
  const form = useTranslations("programmeAdmin.form");
  const common = useTranslations("programmeAdmin");
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const v = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      {state.message && <Alert tone="danger">{state.message}</Alert>}
      <div key={JSON.stringify(v)} className="flex flex-col gap-5">
        <TextInput name="name" label={form("name")} required defaultValue={v.name} error={e.name} />
        <TextInput name="edition" label={form("edition")} hint={form("editionHint")} required defaultValue={v.edition} error={e.edition} />
        <TextInput name="slug" label={form("slug")} hint={form("slugHint")} required defaultValue={v.slug} error={e.slug} autoCapitalize="none" spellCheck={false} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
