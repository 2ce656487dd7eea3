"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { AreaSelect } from "@/components/vote/area-select";
import { answerMessage } from "@/components/vote/answer-message";
import { FormProblem } from "@/components/vote/form-problem";
import { postVote } from "@/components/vote/vote-api";

export interface EmailCodeFormProps {
  slug: string;
  areas: string[];
  allowList: boolean;
  /** When the page was rendered (ms); bots that answer instantly are caught by it. */
  startedAt: number;
  onVerified: () => void;
}

type Problem = { field: string | null; message: string; attempt: number } | null;

/** Step 1: the email address (and district) → a code by email. Step 2: the code → verified. */
export function EmailCodeForm({ slug, areas, allowList, startedAt, onVerified }: EmailCodeFormProps) {
  const t = useTranslations("vote");
  const [email, setEmail] = useState("");
  const [district, setDistrict] = useState("");
  const [website, setWebsite] = useState("");
  const [code, setCode] = useState("");
  const [step, setStep] = useState<"email" | "code">("email");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const fail = (field: string | undefined, message: string) => setProblem({ field: field ?? null, message, attempt: Date.now() });
  const fieldError = (field: string) => (problem?.field === field ? problem.message : undefined);

  async function requestCode(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const { answer } = await postVote(slug, "email-code", { email, district: district || undefined, website, startedAt });
    setBusy(false);
    if (!answer.ok) return fail(answer.field, answerMessage(t, answer));
    setProblem(null);
    setStep("code");
  }

  async function verify(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const { answer } = await postVote(slug, "verify", { email, code, district: district || undefined });
    setBusy(false);
    if (!answer.ok) return fail(answer.field, answerMessage(t, answer));
    setProblem(null);
    onVerified();
  }

  if (step === "code") {
    return (
      <form onSubmit={verify} noValidate className="flex flex-col gap-4" aria-labelledby="email-code-title">
        <h3 id="email-code-title" className="text-xl font-semibold">
          {t("verify.codeTitle")}
        </h3>
        <p role="status">{t("verify.codeSent", { email })}</p>
        <FormProblem id="email-code-problem" message={problem?.message ?? null} attempt={problem?.attempt ?? 0} />
        <TextInput
          id="vote-email-code"
          name="code"
          label={t("verify.code")}
          hint={t("verify.codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldError("code")}
          className="max-w-xs font-mono text-lg tracking-widest"
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={busy}>
            {t("verify.confirmCode")}
          </Button>
          <Button variant="ghost" onClick={() => (setStep("email"), setProblem(null), setCode(""))}>
            {t("verify.otherEmail")}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={requestCode} noValidate className="flex flex-col gap-4" aria-labelledby="email-title">
      <h3 id="email-title" className="text-xl font-semibold">
        {t("verify.emailTitle")}
      </h3>
      <p>{allowList ? t("verify.emailIntroAllowList") : t("verify.emailIntro")}</p>
      <FormProblem id="email-problem" message={problem?.message ?? null} attempt={problem?.attempt ?? 0} />
      <TextInput
        id="vote-email"
        name="email"
        type="email"
        label={t("verify.email")}
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError("email")}
      />
      <AreaSelect id="vote-email-district" areas={areas} value={district} onChange={setDistrict} error={fieldError("district")} />
      {/* Hidden from people; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="vote-website">{t("verify.honeypot")}</label>
        <input id="vote-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
      </div>
      <div>
        <Button type="submit" disabled={busy}>
          {t("verify.sendCode")}
        </Button>
      </div>
    </form>
  );
}
