"use client";
import Link from "next/link";
import { Checkbox } from "@/components/ui/checkbox";
import { TextArea } from "@/components/ui/text-area";
import { TextInput } from "@/components/ui/text-input";
import type { PublicFormQuestion } from "@/lib/nominations/load-submission-form";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";
import { RadioChoices } from "@/components/submission/choice-group";
import { fieldId, type FieldKit } from "@/components/submission/field-kit";
import { PHOTO_FIELD } from "@/components/submission/form-values";
import { QuestionField } from "@/components/submission/question-field";
import { UploadField } from "@/components/submission/upload-field";

const section = "flex flex-col gap-5";
const heading = "text-xl font-bold";

/** "Why this person?" / "Your project", then the organiser's questions and the photo. */
export function StoryAndQuestions({ kit, questions }: { kit: FieldKit; questions: PublicFormQuestion[] }) {
  const { t, kind, values } = kit;
  const label = kind === "application" ? "application" : values.nomineeKind === "group" ? "nominationGroup" : "nomination";
  return (
    <>
      <section aria-labelledby="section-story" className={section}>
        <h2 id="section-story" className={heading}>
          {t("section.story")}
        </h2>
        <div className="flex flex-col gap-1">
          <TextArea
            id="story"
            name="story"
            label={t(`field.story.${label}`)}
            hint={t(kind === "application" ? "field.story.applicationHint" : "field.story.nominationHint")}
            required
            rows={8}
            maxLength={SUBMISSION_LIMITS.story}
            error={kit.error("story")}
            onBlur={() => kit.touch("story")}
            value={values.story}
            onChange={(e) => kit.set("story", e.target.value, "story")}
          />
          <p className="text-sm text-ink-muted">{t("field.story.counter", { count: values.story.length, max: SUBMISSION_LIMITS.story })}</p>
        </div>
      </section>
      {questions.length ? (
        <section aria-labelledby="section-questions" className={section}>
          <h2 id="section-questions" className={heading}>
            {t("section.questions")}
          </h2>
          {questions.map((q) => (
            <QuestionField key={q.id} kit={kit} question={q} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="section-photo" className={section}>
        <h2 id="section-photo" className={heading}>
          {t("section.photo")}
        </h2>
        <UploadField
          kit={kit}
          field={PHOTO_FIELD}
          id={PHOTO_FIELD}
          label={t("field.photo.label")}
          hint={t(kind === "application" ? "field.photo.hintApplication" : "field.photo.hintNomination")}
          kind="photo"
          validationError={kit.error(PHOTO_FIELD)}
        />
      </section>
    </>
  );
}

/** Applicants choose now how they appear if they become finalists; nominees choose through their own link. */
export function AppearanceFields({ kit }: { kit: FieldKit }) {
  const { t, kind, values } = kit;
  if (kind !== "application") return null;
  const yesNo = [
    { value: "yes", label: t("field.yes") },
    { value: "no", label: t("field.no") },
  ];
  return (
    <section aria-labelledby="section-appearance" className={section}>
      <h2 id="section-appearance" className={heading}>
        {t("section.appearance")}
      </h2>
      <RadioChoices
        id={fieldId("appearance.displayName")}
        legend={t("field.displayName.legend")}
        required
        error={kit.error("appearance.displayName")}
        value={values.displayName}
        onChange={(v) => {
          kit.set("displayName", v as typeof values.displayName, "appearance.displayName");
          kit.touch("appearance.displayName");
        }}
        options={(["full_name", "first_name", "chosen_name"] as const).map((v) => ({ value: v, label: t(`field.displayName.${v}`) }))}
      />
      {values.displayName === "chosen_name" ? (
        <TextInput
          id={fieldId("appearance.chosenName")}
          name={fieldId("appearance.chosenName")}
          label={t("field.chosenName")}
          required
          maxLength={SUBMISSION_LIMITS.chosenName}
          error={kit.error("appearance.chosenName")}
          onBlur={() => kit.touch("appearance.chosenName")}
          value={values.chosenName}
          onChange={(e) => kit.set("chosenName", e.target.value, "appearance.chosenName")}
        />
      ) : null}
      <RadioChoices id={fieldId("appearance.showPhoto")} legend={t("field.showPhoto")} required options={yesNo} value={values.showPhoto} onChange={(v) => kit.set("showPhoto", v as "yes" | "no", "appearance.showPhoto")} />
      <RadioChoices id={fieldId("appearance.showDistrict")} legend={t("field.showDistrict")} required options={yesNo} value={values.showDistrict} onChange={(v) => kit.set("showDistrict", v as "yes" | "no", "appearance.showDistrict")} />
    </section>
  );
}

/** An applicant under 18 gives a parent's or guardian's address. */
export function GuardianField({ kit, shown }: { kit: FieldKit; shown: boolean }) {
  const { t, values } = kit;
  if (!shown) return null;
  return (
    <section aria-labelledby="section-guardian" className={section}>
      <h2 id="section-guardian" className={heading}>
        {t("section.guardian")}
      </h2>
      <TextInput
        id="guardianEmail"
        name="guardianEmail"
        type="email"
        label={t("field.guardianEmail")}
        hint={t("field.guardianEmailHint")}
        required
        autoComplete="off"
        maxLength={SUBMISSION_LIMITS.email}
        error={kit.error("guardianEmail")}
        onBlur={() => kit.touch("guardianEmail")}
        value={values.guardianEmail}
        onChange={(e) => kit.set("guardianEmail", e.target.value, "guardianEmail")}
      />
    </section>
  );
}

/** The programme's privacy notice and the required tick. */
export function PrivacyField({ kit, notice }: { kit: FieldKit; notice: string }) {
  const { t, values } = kit;
  return (
    <section aria-labelledby="section-privacy" className={section}>
      <h2 id="section-privacy" className={heading}>
        {t("section.privacy")}
      </h2>
      <div className="flex flex-col gap-2 rounded-md border border-line bg-surface p-4">
        <p className="whitespace-pre-line">{notice || t("field.privacyNoNotice")}</p>
        <p>
          <Link href="/privacy" className="text-brand underline">
            {t("field.privacyGeneral")}
          </Link>
        </p>
      </div>
      <Checkbox
        id="privacyAccepted"
        name="privacyAccepted"
        label={t("field.privacyAccepted")}
        error={kit.error("privacyAccepted")}
        checked={values.privacyAccepted}
        onChange={(e) => {
          kit.set("privacyAccepted", e.target.checked, "privacyAccepted");
          kit.touch("privacyAccepted");
        }}
      />
    </section>
  );
}

/**
 * The honeypot: off screen and hidden from assistive technology, so people
 * never fill it in; form-filling bots do, and their entry is quietly dropped.
 */
export function HoneypotField({ kit }: { kit: FieldKit }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor="website">{kit.t("field.honeypot")}</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" value={kit.values.website} onChange={(e) => kit.set("website", e.target.value, "website")} />
    </div>
  );
}
