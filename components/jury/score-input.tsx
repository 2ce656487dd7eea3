"use client";
import { useTranslations } from "next-intl";
import { controlClasses, cx, FieldMessages, describedBy } from "@/components/ui";
import { scoreFieldName } from "@/lib/jury/score-sheet-input";

/** Scales up to this many points are radio buttons; longer ones a number field. */
const MAX_RADIOS = 11;

/**
 * One criterion's score. A short scale is a row of radio buttons (arrow keys
 * move along it); a long one (0–100) is a number field with its bounds.
 */
export function ScoreInput({
  criterion,
  scale,
  value,
  error,
  onChange,
  onBlur,
}: {
  criterion: { id: string; name: string; description: string; weight: number };
  scale: { min: number; max: number };
  value: string;
  error?: string;
  onChange: (value: string, typing: boolean) => void;
  onBlur: () => void;
}) {
  const t = useTranslations("jury.form");
  const id = `score-${criterion.id}`;
  const hint = [criterion.description, t("scaleHint", { min: scale.min, max: scale.max })].filter(Boolean).join(" ");
  const points = scale.max - scale.min + 1;

  if (points > MAX_RADIOS) {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-lg font-semibold">
          {criterion.name}
        </label>
        <FieldMessages id={id} hint={hint} error={error} />
        <input
          id={id}
          name={scoreFieldName(criterion.id)}
          type="number"
          inputMode="numeric"
          min={scale.min}
          max={scale.max}
          step={1}
          value={value}
          aria-describedby={describedBy(id, { hint, error })}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value, true)}
          onBlur={onBlur}
          className={controlClasses(Boolean(error), "max-w-32")}
        />
      </div>
    );
  }

  return (
    <fieldset aria-describedby={describedBy(id, { hint, error })} className={cx("flex flex-col gap-2", error && "border-s-4 border-danger ps-3")}>
      <legend className="mb-1 text-lg font-semibold">{criterion.name}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: points }, (_, i) => String(scale.min + i)).map((point) => {
          const optionId = `${id}-${point}`;
          return (
            <div key={point} className="relative">
              <input
                type="radio"
                id={optionId}
                name={scoreFieldName(criterion.id)}
                value={point}
                checked={value === point}
                onChange={() => onChange(point, false)}
                onBlur={onBlur}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <label
                htmlFor={optionId}
                className="flex size-11 items-center justify-center rounded-md border-2 border-line-strong bg-surface font-semibold peer-checked:border-brand peer-checked:bg-brand peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand"
              >
                {point}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
