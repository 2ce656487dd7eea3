"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { AreaSelect } from "@/components/vote/area-select";
import { answerMessage } from "@/components/vote/answer-message";
import { FormProblem } from "@/components/vote/form-problem";
import { postVote } from "@/components/vote/vote-api";

/** A printed voting code from the organiser (events, schools, people without email), used once. */
export function VotingCodeForm({ slug, areas, onVerified }: { slug: string; areas: string[]; onVerified: () => void }) {
  const t = useTranslations("vote");
  const [code, setCode] = useState("");
  const [district, setDistrict] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field: string | null; message: string; attempt: number } | null>(null);
  const fieldError = (field: string) => (problem?.field === field ? problem.message : undefined);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const { answer } = await postVote(slug, "voting-code", { code, district: district || undefined });
    setBusy(false);
    if (!answer.ok) return setProblem({ field: answer.field ?? null, message: answerMessage(t, answer), attempt: Date.now() });
    setProblem(null);
    onVerified();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-labelledby="voting-code-title">
      <h3 id="voting-code-title" className="text-xl font-semibold">
        {t("verify.votingCodeTitle")}
      </h3>
      <p>{t("verify.votingCodeIntro")}</p>
      <FormProblem id="voting-code-problem" message={problem?.message ?? null} attempt={problem?.attempt ?? 0} />
      <TextInput
        id="vote-voting-code"
        name="code"
        label={t("verify.votingCode")}
        hint={t("verify.votingCodeHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={fieldError("code")}
        className="max-w-xs font-mono text-lg tracking-wider"
      />
      <AreaSelect id="vote-code-district" areas={areas} value={district} onChange={setDistrict} error={fieldError("district")} />
      <div>
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("verify.useVotingCode")}
        </Button>
      </div>
    </form>
  );
}
