"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button } from "@/components/ui";
import type { TransitionState } from "./actions";

export interface PhaseChoice {
  phase: string;
  label: string;
  /** Why it is not possible now, in words; null when it is. */
  refusal: string | null;
}

/** One button per phase the programme may move to. Refused ones stay clickable so the reason is also announced. */
export function PhaseButtons({
  action,
  from,
  choices,
}: {
  action: (state: TransitionState, formData: FormData) => Promise<TransitionState>;
  from: string;
  choices: PhaseChoice[];
}) {
  const t = useTranslations("programmeAdmin.overview");
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <div className="flex flex-col gap-4">
      {state.message && <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert>}
      <ul className="flex flex-col gap-4">
        {choices.map((c, i) => (
          <li key={c.phase}>
            <form action={formAction} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
              <input type="hidden" name="from" value={from} />
              <input type="hidden" name="to" value={c.phase} />
              <Button type="submit" variant={i === 0 ? "primary" : "secondary"} disabled={pending} aria-describedby={c.refusal ? `refusal-${c.phase}` : undefined}>
                {t("moveTo", { phase: c.label })}
              </Button>
              {c.refusal && (
                <p id={`refusal-${c.phase}`} className="text-sm text-ink-muted">
                  {t("notYet", { reason: c.refusal })}
                </p>
              )}
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
