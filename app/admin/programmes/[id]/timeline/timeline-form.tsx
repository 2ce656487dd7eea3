"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextInput } from "@/components/ui";
import type { ProgrammeFormState } from "../../new/form-state";

export interface TimelineRow {
  phase: string;
  label: string;
}

/** One row per phase: start and end as wall-clock times in the programme's zone. */
export function TimelineForm({
  action,
  rows,
  initial,
  zoneNote,
}: {
  action: (state: ProgrammeFormState, formData: FormData) => Promise<ProgrammeFormState>;
  rows: TimelineRow[];
  initial: Record<string, string>;
  zoneNote: string;
}) {
  const t = useTranslations("programmeAdmin.timeline");
  const common = useTranslations("programmeAdmin");
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const v = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-6" noValidate>
      {state.message && <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert>}
      <p className="text-ink-muted">{zoneNote}</p>
      <div key={JSON.stringify(v)} className="flex flex-col gap-6">
        {rows.map((row) => (
          <fieldset key={row.phase} className="rounded-lg border border-line p-4">
            <legend className="px-1 text-lg font-semibold">{row.label}</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextInput
                type="datetime-local"
                id={`${row.phase}-startsAt`}
                name={`${row.phase}.startsAt`}
                label={t("startsAt")}
                optionalText={common("optional")}
                defaultValue={v[`${row.phase}.startsAt`]}
                error={e[`${row.phase}.startsAt`]}
              />
              <TextInput
                type="datetime-local"
                id={`${row.phase}-endsAt`}
                name={`${row.phase}.endsAt`}
                label={t("endsAt")}
                optionalText={common("optional")}
                defaultValue={v[`${row.phase}.endsAt`]}
                error={e[`${row.phase}.endsAt`]}
              />
            </div>
          </fieldset>
        ))}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
