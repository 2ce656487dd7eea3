"use client";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Alert, Notice } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { answerPath } from "@/lib/nominations/answers";
import type { SubmissionFormData } from "@/lib/nominations/load-submission-form";
import { ErrorSummary, type SummaryItem } from "@/components/submission/error-summary";
import { fieldId, type FieldKit } from "@/components/submission/field-kit";
import { AppearanceFields, GuardianField, HoneypotField, PrivacyField, StoryAndQuestions } from "@/components/submission/entry-fields";
import { formIssues } from "@/components/submission/form-issues";
import { INITIAL_SUBMISSION_STATE, type SubmissionFormState } from "@/components/submission/form-state";
import {
  asksForGuardian,
  draftKey,
  emptyValues,
  PHOTO_FIELD,
  SENT_DRAFT_MARKER,
  toPayload,
  type FormContext,
  type FormValues,
  type SubmissionKind,
} from "@/components/submission/form-values";
import { ageRulePhrase, issueMessage } from "@/components/submission/issue-message";
import { GroupFields, NominatorFields, NomineeFields, NomineeKindField } from "@/components/submission/nominee-fields";
import { ReviewList } from "@/components/submission/review-step";
import { readDraft, useIsBrowser, useSaveDraft } from "@/components/submission/use-session-draft";
import { fieldOrder, fieldLabels } from "@/components/submission/field-labels";

export type SubmissionFormProps = {
  slug: string;
  kind: SubmissionKind;
  form: Pick<SubmissionFormData, "category" | "rules" | "questions" | "today" | "startedAt"> & { privacyNotice: string };
  action: (state: SubmissionFormState, formData: FormData) => Promise<SubmissionFormState>;
};

type Focus = "summary" | "form" | "review" | "message" | null;

/**
 * The public nomination/application form: (1) the answers, checked as the
 * person types with the server's own schema and rules, (2) a review of
 * everything with "Edit" and "Send". Drafts stay in this tab (use-session-draft.ts).
 */
export function SubmissionForm(props: SubmissionFormProps) {
  const t = useTranslations("submission");
  // Rendered in the browser only, where the draft can be read before the first paint of the fields.
  if (!useIsBrowser()) {
    return (
      <>
        <p role="status">{t("loading")}</p>
        <noscript>
          <p className="mt-2 font-semibold">{t("needsJavaScript")}</p>
        </noscript>
      </>
    );
  }
  return <SubmissionFormSteps {...props} />;
}

/** The form itself, once in the browser (exported for markup tests). */
export function SubmissionFormSteps({ slug, kind, form, action }: SubmissionFormProps) {
  const t = useTranslations("submission");
  const locale = useLocale();
  const { category, rules, questions, today, startedAt } = form;

  const ctx: FormContext = useMemo(
    () => ({ categoryId: category.id, kind, hasAgeRule: category.hasAgeRule, questionIds: questions.map((q) => q.id), today }),
    [category.id, category.hasAgeRule, kind, questions, today],
  );
  const empty = useMemo(() => emptyValues(category.nomineeKind, startedAt), [category.nomineeKind, startedAt]);
  // A draft from before the organiser narrowed the category to individuals or groups follows the category.
  const adjust = (v: FormValues): FormValues => (category.nomineeKind === "either" ? v : { ...v, nomineeKind: category.nomineeKind });
  const key = draftKey(slug, category.id, kind);

  const [draft] = useState(() => readDraft(key, empty));
  const restored = draft !== null;
  const [values, setValues] = useState<FormValues>(() => (draft ? adjust(draft) : empty));
  useSaveDraft(key, values);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [step, setStep] = useState<"form" | "review">("form");
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [focus, setFocus] = useState<{ target: Focus; n: number }>({ target: null, n: 0 });
  const [state, formAction, pending] = useActionState(action, INITIAL_SUBMISSION_STATE);
  const [seenAttempt, setSeenAttempt] = useState(0);

  const issues = useMemo(() => formIssues({ values, ctx, rules, questions }), [values, ctx, rules, questions]);
  const showGuardian = asksForGuardian(values, ctx);
  const rulePhrase = ageRulePhrase(
    t,
    { ...(rules.eligibility.minAge != null ? { ruleMin: rules.eligibility.minAge } : {}), ...(rules.eligibility.maxAge != null ? { ruleMax: rules.eligibility.maxAge } : {}), ...rules.eligibility.referenceDate },
    locale,
  );

  // The server's answer arrives as new action state: take it over once (React's "adjust state while rendering").
  if (state.attempt && state.attempt !== seenAttempt) {
    setSeenAttempt(state.attempt);
    if (state.fieldErrors && Object.keys(state.fieldErrors).length) {
      setServerErrors(state.fieldErrors);
      setAttempted(true);
      setStep("form");
      setFocus((f) => ({ target: "summary", n: f.n + 1 }));
    } else if (state.message) {
      setFocus((f) => ({ target: "message", n: f.n + 1 }));
    }
  }

  const messageFor = (path: string, all: boolean): string | undefined => {
    const issue = issues.get(path);
    if (issue && (all || touched.has(path))) return issueMessage(t, issue, { kind, locale });
    return serverErrors[path];
  };

  const kit: FieldKit = {
    values,
    kind,
    t,
    previews,
    set: (k, value, path) => {
      setValues((v) => ({ ...v, [k]: value }));
      setServerErrors((e) => (path in e ? Object.fromEntries(Object.entries(e).filter(([p]) => p !== path)) : e));
    },
    setAnswer: (questionId, value) => {
      setValues((v) => ({ ...v, answers: { ...v.answers, [questionId]: value } }));
      const path = answerPath(questionId);
      setServerErrors((e) => (path in e ? Object.fromEntries(Object.entries(e).filter(([p]) => p !== path)) : e));
    },
    setFile: (field, file, preview) => {
      setValues((v) => {
        const files = { ...v.files };
        if (file) files[field] = file;
        else delete files[field];
        // A file question's answer is its upload token.
        const answers = field === PHOTO_FIELD ? v.answers : { ...v.answers, [field]: file?.token ?? "" };
        return { ...v, files, answers };
      });
      setPreviews((p) => {
        if (p[field]) URL.revokeObjectURL(p[field]);
        const next = { ...p };
        if (preview) next[field] = preview;
        else delete next[field];
        return next;
      });
      const path = field === PHOTO_FIELD ? PHOTO_FIELD : answerPath(field);
      setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => p !== path)));
      setTouched((s) => new Set(s).add(path));
    },
    touch: (path) => setTouched((s) => (s.has(path) ? s : new Set(s).add(path))),
    error: (path) => messageFor(path, attempted),
  };

  const labels = fieldLabels(t, kind, values.nomineeKind, questions);
  const order = fieldOrder(questions);
  const summaryItems = (all: boolean): SummaryItem[] =>
    [...new Set([...issues.keys(), ...Object.keys(serverErrors)])]
      .map((path) => ({ path, text: messageFor(path, all) }))
      .filter((x): x is { path: string; text: string } => Boolean(x.text))
      .sort((a, b) => rank(order, a.path) - rank(order, b.path))
      .map(({ path, text }) => ({ target: labels[path] ? fieldId(path) : null, text: labels[path] ? `${labels[path]}: ${text}` : text }));

  const summaryRef = useRef<HTMLDivElement>(null);
  const formStepRef = useRef<HTMLParagraphElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = { summary: summaryRef, form: formStepRef, review: reviewRef, message: messageRef, none: null }[focus.target ?? "none"]?.current;
    el?.focus();
    if (el) window.scrollTo({ top: Math.max(0, el.getBoundingClientRect().top + window.scrollY - 16) });
  }, [focus]);

  const goToReview = (e: React.FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (summaryItems(true).length) {
      setFocus((f) => ({ target: "summary", n: f.n + 1 }));
      return;
    }
    setStep("review");
    setFocus((f) => ({ target: "review", n: f.n + 1 }));
  };

  const stepLabel = (current: number, name: string) => `${t("step", { current, total: 2 })}: ${name}`;

  if (step === "review") {
    return (
      <div className="flex flex-col gap-6">
        <p className="text-sm font-semibold text-ink-muted">{stepLabel(2, t("stepReview"))}</p>
        <h2 ref={reviewRef} tabIndex={-1} className="text-2xl font-bold">
          {t("review.title")}
        </h2>
        <p>{t("review.intro")}</p>
        <ReviewList kit={kit} questions={questions} showGuardian={showGuardian} categoryKind={category.nomineeKind} />
        <Notice tone="info">{t("review.afterSend")}</Notice>
        {state.message && !state.ok ? (
          <div ref={messageRef} tabIndex={-1}>
            <Alert tone="danger">{state.message}</Alert>
          </div>
        ) : null}
        <form action={formAction} onSubmit={() => markSent(key)} className="flex flex-wrap gap-3">
          <input type="hidden" name="payload" value={JSON.stringify(toPayload(values, ctx))} />
          <Button
            variant="secondary"
            size="lg"
            onClick={() => {
              setStep("form");
              setFocus((f) => ({ target: "form", n: f.n + 1 }));
            }}
          >
            {t("button.edit")}
          </Button>
          <Button type="submit" size="lg" disabled={pending}>
            {pending ? t("button.sending") : t("button.send")}
          </Button>
        </form>
      </div>
    );
  }

  const summary = attempted ? summaryItems(true) : [];
  return (
    <form noValidate onSubmit={goToReview} className="relative flex flex-col gap-10">
      <p ref={formStepRef} tabIndex={-1} className="text-sm font-semibold text-ink-muted">
        {stepLabel(1, t("stepForm"))}
      </p>
      <ErrorSummary ref={summaryRef} items={summary} message={summary.length ? (state.message && !state.ok ? state.message : undefined) : undefined} />
      <Notice tone="info">
        <p>{t("draftNote")}</p>
        {restored ? <p className="mt-2 font-semibold">{t("draftRestored")}</p> : null}
      </Notice>
      <NomineeKindField kit={kit} categoryKind={category.nomineeKind} />
      <GroupFields kit={kit} hasAgeRule={category.hasAgeRule} rulePhrase={rulePhrase} />
      <NomineeFields kit={kit} hasAgeRule={category.hasAgeRule} rulePhrase={rulePhrase} />
      <NominatorFields kit={kit} />
      <StoryAndQuestions kit={kit} questions={questions} />
      <AppearanceFields kit={kit} />
      <GuardianField kit={kit} shown={showGuardian} />
      <PrivacyField kit={kit} notice={form.privacyNotice} />
      <HoneypotField kit={kit} />
      <div>
        <Button type="submit" size="lg">
          {t("button.review")}
        </Button>
      </div>
    </form>
  );
}

function rank(order: string[], path: string): number {
  const i = order.indexOf(path);
  return i < 0 ? order.length : i;
}

function markSent(key: string) {
  try {
    window.sessionStorage.setItem(SENT_DRAFT_MARKER, key);
  } catch {
    // Storage blocked: there is no draft to clear either.
  }
}
