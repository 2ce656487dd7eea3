"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { AppearanceFields, appearanceFrom } from "@/components/private-links/appearance-fields";
import { INITIAL_PRIVATE_LINK_STATE, type PrivateLinkFormState } from "@/components/private-links/form-state";
import { UploadField } from "@/components/private-links/upload-field";
import { Alert, Button, Checkbox, RadioGroup, TextArea, TextInput } from "@/components/ui";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";

export interface EditQuestion {
  id: string;
  type: string;
  label: string;
  help: string;
  required: boolean;
  maxLength: number | null;
  options: { value: string; label: string }[];
  /** The file a file question was answered with. */
  currentFile: { url: string; label: string } | null;
}

export interface EditFormConfig {
  token: string;
  kind: "nomination" | "application";
  nomineeKind: "individual" | "group";
  /** The nominee's address may change only before they were asked (and never an applicant's confirmed one). */
  nomineeEmailEditable: boolean;
  nomineeEmail: string;
  /** The nominator's confirmed address, shown but not changeable. */
  nominatorEmail: string;
  /** false: the nominee gave their date of birth themselves. */
  birthDateEditable: boolean;
  /** The nominee accepted: their name and district (a group's name) are theirs, no longer the nominator's to change. */
  nomineeLocked: boolean;
  /** The category has an age rule: the date of birth is needed. */
  birthDateRequired: boolean;
  questions: EditQuestion[];
  photoUrl: string | null;
}

type Action = (state: PrivateLinkFormState, formData: FormData) => Promise<PrivateLinkFormState>;
type Values = Record<string, string | string[]>;

const idOf = (name: string) => name.replace(/\./g, "-");

/**
 * The same fields as the public form, filled in with what was sent. A refused
 * save keeps what the person typed and shows each message next to its field.
 */
export function EditSubmissionForm({ action, initial, config }: { action: Action; initial: Values; config: EditFormConfig }) {
  const t = useTranslations("privateLink.edit");
  const [state, formAction, pending] = useActionState(action, INITIAL_PRIVATE_LINK_STATE);
  const v: Values = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  const s = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : Array.isArray(v[name]) ? ((v[name] as string[])[0] ?? "") : "");
  const list = (name: string) => (Array.isArray(v[name]) ? (v[name] as string[]) : s(name) ? [s(name)] : []);
  const optional = t("optional");
  const box = "flex flex-col gap-4 rounded-lg border border-line p-4";
  const who = config.nomineeKind === "group" ? `group_${config.kind}` : config.kind;

  return (
    <form action={formAction} aria-label={t("title")} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="token" value={config.token} />
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <div key={state.attempt ?? 0} className="flex flex-col gap-6">
        <fieldset className={box}>
          <legend className="px-1 text-lg font-semibold">{t(`section.nominee.${who}`)}</legend>
          {config.nomineeKind === "group" ? (
            <>
              {config.nomineeLocked ? (
                <ReadOnly label={t("field.groupName")} value={s("group.name")} note={t("nomineeLocked")} />
              ) : (
                <TextInput name="group.name" id="group-name" label={t("field.groupName")} required defaultValue={s("group.name")} error={e["group.name"]} maxLength={SUBMISSION_LIMITS.groupName} />
              )}
              <TextInput name="group.size" id="group-size" label={t("field.groupSize")} required inputMode="numeric" defaultValue={s("group.size")} error={e["group.size"]} />
              <TextInput name="group.memberAges" id="group-memberAges" label={t("field.groupMemberAges")} hint={t("field.groupMemberAgesHint")} optionalText={optional} defaultValue={s("group.memberAges")} error={e["group.memberAges"]} />
            </>
          ) : null}
          {config.nomineeLocked ? (
            <ReadOnly label={t(`field.nomineeName.${who}`)} value={s("nominee.name")} note={t("nomineeLocked")} />
          ) : (
            <TextInput name="nominee.name" id="nominee-name" label={t(`field.nomineeName.${who}`)} required defaultValue={s("nominee.name")} error={e["nominee.name"]} maxLength={SUBMISSION_LIMITS.name} autoComplete={config.kind === "application" ? "name" : "off"} />
          )}
          {config.nomineeEmailEditable ? (
            <TextInput name="nominee.email" id="nominee-email" type="email" label={t(`field.nomineeEmail.${config.kind}`)} required defaultValue={s("nominee.email")} error={e["nominee.email"]} maxLength={SUBMISSION_LIMITS.email} autoComplete="off" />
          ) : (
            <ReadOnly label={t(`field.nomineeEmail.${config.kind}`)} value={config.nomineeEmail} note={t(config.kind === "application" ? "submitterEmailLocked" : "nomineeEmailLocked")} />
          )}
          {config.nomineeKind === "individual" ? (
            config.birthDateEditable ? (
              <TextInput name="nominee.birthDate" id="nominee-birthDate" type="date" label={t(`field.birthDate.${config.kind}`)} hint={t(config.birthDateRequired ? "field.birthDateRuleHint" : "field.birthDateHint")} required={config.birthDateRequired} optionalText={optional} defaultValue={s("nominee.birthDate")} error={e["nominee.birthDate"]} />
            ) : (
              <ReadOnly label={t(`field.birthDate.${config.kind}`)} value={t("birthDateFromNominee")} />
            )
          ) : null}
          {config.nomineeLocked ? (
            <ReadOnly label={t("field.district")} value={s("nominee.district") || t("notGiven")} note={t("nomineeLocked")} />
          ) : (
            <TextInput name="nominee.district" id="nominee-district" label={t("field.district")} hint={t("field.districtHint")} optionalText={optional} defaultValue={s("nominee.district")} error={e["nominee.district"]} maxLength={SUBMISSION_LIMITS.district} />
          )}
        </fieldset>

        {config.kind === "nomination" ? (
          <fieldset className={box}>
            <legend className="px-1 text-lg font-semibold">{t("section.nominator")}</legend>
            <TextInput name="nominator.name" id="nominator-name" label={t("field.nominatorName")} required defaultValue={s("nominator.name")} error={e["nominator.name"]} maxLength={SUBMISSION_LIMITS.name} autoComplete="name" />
            <ReadOnly label={t("field.nominatorEmail")} value={config.nominatorEmail} note={t("submitterEmailLocked")} />
          </fieldset>
        ) : null}

        <TextArea name="story" id="story" label={t(`field.story.${config.kind}`)} required rows={10} defaultValue={s("story")} error={e.story} maxLength={SUBMISSION_LIMITS.story} />

        {config.questions.length ? (
          <fieldset className={box}>
            <legend className="px-1 text-lg font-semibold">{t("section.questions")}</legend>
            {config.questions.map((q) => (
              <QuestionField key={q.id} q={q} value={s(`answers.${q.id}`)} values={list(`answers.${q.id}`)} error={e[`answers.${q.id}`]} optional={optional} />
            ))}
          </fieldset>
        ) : null}

        <fieldset className={box}>
          <legend className="px-1 text-lg font-semibold">{t("section.photo")}</legend>
          {config.photoUrl ? (
            <div>
              <p className="mb-2 font-semibold">{t("photo.current")}</p>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by a permission-checked route */}
              <img src={config.photoUrl} alt={t("photo.currentAlt")} className="h-auto max-h-48 w-auto max-w-full rounded-md border border-line" />
            </div>
          ) : null}
          <UploadField name="photoUpload" id="photoUpload" kind="photo" label={t(config.photoUrl ? "photo.replace" : "photo.add")} hint={t("photo.hint")} optionalText={optional} error={e.photoUpload} initialToken={s("photoUpload")} />
          {config.photoUrl ? <Checkbox name="removePhoto" id="removePhoto" label={t("photo.remove")} defaultChecked={s("removePhoto") === "on"} /> : null}
        </fieldset>

        {config.kind === "application" ? (
          <>
            <AppearanceFields values={appearanceFrom(v, {})} errors={e} fullName={s("nominee.name")} />
            {config.nomineeKind === "individual" ? (
              <TextInput name="guardianEmail" id="guardianEmail" type="email" label={t("field.guardianEmail")} hint={t("field.guardianEmailHint")} optionalText={optional} defaultValue={s("guardianEmail")} error={e.guardianEmail} maxLength={SUBMISSION_LIMITS.email} autoComplete="off" />
            ) : null}
          </>
        ) : null}
      </div>
      <div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}

function ReadOnly({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="font-semibold">{label}</p>
      <p className="break-all">{value}</p>
      {note ? <p className="text-sm text-ink-muted">{note}</p> : null}
    </div>
  );
}

function QuestionField({ q, value, values, error, optional }: { q: EditQuestion; value: string; values: string[]; error?: string; optional: string }) {
  const name = `answers.${q.id}`;
  const id = idOf(name);
  const common = { name, id, label: q.label, hint: q.help || undefined, error, required: q.required, optionalText: optional };
  switch (q.type) {
    case "long_text":
      return <TextArea {...common} rows={6} defaultValue={value} maxLength={q.maxLength ?? SUBMISSION_LIMITS.longAnswer} />;
    case "choice":
      return <RadioGroup name={name} id={id} legend={q.label} hint={q.help || undefined} error={error} defaultValue={value} options={q.options} />;
    case "multi_choice":
      return (
        <fieldset aria-describedby={error ? `${id}-error` : undefined} className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">{q.label}</legend>
          {q.help ? <p className="text-sm text-ink-muted">{q.help}</p> : null}
          {error ? (
            <p id={`${id}-error`} className="text-sm font-semibold text-danger">
              {error}
            </p>
          ) : null}
          {q.options.map((o) => (
            <Checkbox key={o.value} name={name} id={`${id}-${o.value}`} value={o.value} label={o.label} defaultChecked={values.includes(o.value)} />
          ))}
        </fieldset>
      );
    case "consent":
      return <Checkbox name={name} id={id} value="yes" label={q.label} hint={q.help || undefined} error={error} defaultChecked={value === "yes"} />;
    case "file":
      return (
        <div className="flex flex-col gap-2">
          {q.currentFile ? (
            <p>
              <a href={q.currentFile.url} className="text-brand underline" target="_blank" rel="noopener noreferrer">
                {q.currentFile.label}
              </a>
            </p>
          ) : null}
          <UploadField name={name} id={id} kind="document" label={q.label} hint={q.help || undefined} error={error} optionalText={q.required && !q.currentFile ? undefined : optional} initialToken={value} />
        </div>
      );
    case "date":
      return <TextInput {...common} type="date" defaultValue={value} />;
    case "number":
      return <TextInput {...common} inputMode="decimal" defaultValue={value} />;
    case "url":
      return <TextInput {...common} type="url" inputMode="url" defaultValue={value} maxLength={2000} />;
    default:
      return <TextInput {...common} defaultValue={value} maxLength={q.maxLength ?? SUBMISSION_LIMITS.shortAnswer} />;
  }
}
