"use client";
import { Checkbox } from "@/components/ui/checkbox";
import { TextArea } from "@/components/ui/text-area";
import { TextInput } from "@/components/ui/text-input";
import { answerMaxLength, answerPath } from "@/lib/nominations/answers";
import type { PublicFormQuestion } from "@/lib/nominations/load-submission-form";
import { CheckboxChoices, RadioChoices } from "@/components/submission/choice-group";
import { fieldId, type FieldKit } from "@/components/submission/field-kit";
import { UploadField } from "@/components/submission/upload-field";

/** One of the organiser's questions, as the control its type needs; the label is the organiser's. */
export function QuestionField({ kit, question: q }: { kit: FieldKit; question: PublicFormQuestion }) {
  const { t } = kit;
  const path = answerPath(q.id);
  const id = fieldId(path);
  const raw = kit.values.answers[q.id];
  const text = typeof raw === "string" ? raw : "";
  const common = {
    id,
    name: id,
    label: q.label,
    hint: q.help ?? undefined,
    error: kit.error(path),
    required: q.required,
    optionalText: t("optional"),
    onBlur: () => kit.touch(path),
  };
  const setText = (value: string) => kit.setAnswer(q.id, value);

  switch (q.type) {
    case "long_text": {
      const max = answerMaxLength(q);
      return (
        <div className="flex flex-col gap-1">
          <TextArea {...common} rows={6} maxLength={max} value={text} onChange={(e) => setText(e.target.value)} />
          <p className="text-sm text-ink-muted">{t("field.story.counter", { count: text.length, max })}</p>
        </div>
      );
    }
    case "choice":
      return (
        <RadioChoices
          {...common}
          legend={q.label}
          options={q.options}
          value={text}
          onChange={(v) => {
            setText(v);
            kit.touch(path);
          }}
        />
      );
    case "multi_choice":
      return (
        <CheckboxChoices
          {...common}
          legend={q.label}
          options={q.options}
          value={Array.isArray(raw) ? raw : []}
          onChange={(v) => {
            kit.setAnswer(q.id, v);
            kit.touch(path);
          }}
        />
      );
    case "consent":
      return (
        <Checkbox
          id={id}
          name={id}
          label={q.label}
          hint={q.help ?? undefined}
          error={common.error}
          checked={text === "yes"}
          onChange={(e) => {
            setText(e.target.checked ? "yes" : "");
            kit.touch(path);
          }}
        />
      );
    case "file":
      return (
        <UploadField
          kit={kit}
          field={q.id}
          id={id}
          label={q.label}
          hint={[q.help, t("field.fileHint")].filter(Boolean).join(" ")}
          kind="document"
          required={q.required}
          validationError={common.error}
          onBlur={common.onBlur}
        />
      );
    case "date":
      return <TextInput {...common} type="date" value={text} onChange={(e) => setText(e.target.value)} />;
    case "number":
      return <TextInput {...common} inputMode="decimal" maxLength={30} value={text} onChange={(e) => setText(e.target.value)} />;
    case "url":
      return <TextInput {...common} type="url" inputMode="url" autoComplete="url" maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />;
    default:
      return <TextInput {...common} maxLength={answerMaxLength(q)} value={text} onChange={(e) => setText(e.target.value)} />;
  }
}
