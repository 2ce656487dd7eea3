"use client";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { describedBy, FieldMessages } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { answerMessage } from "@/components/vote/answer-message";
import { FormProblem } from "@/components/vote/form-problem";
import { ReceiptPanel } from "@/components/vote/receipt-panel";
import { useVoterStatus } from "@/components/vote/use-voter-status";
import { postVote } from "@/components/vote/vote-api";

export interface BallotFormProps {
  slug: string;
  category: { id: string; name: string };
  /** In the order this visitor sees them. */
  finalists: { id: string; publicName: string }[];
  votesPerCategory: number;
  voteChangeAllowed: boolean;
}

type Result = { receiptCodes: string[]; changed: boolean };

/** The choice in one category (a radio group, or checkboxes when several votes are allowed) and its receipt. */
export function BallotForm({ slug, category, finalists, votesPerCategory, voteChangeAllowed }: BallotFormProps) {
  const t = useTranslations("vote");
  const { status, refresh } = useVoterStatus(slug);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; attempt: number; field: boolean } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const voteHref = `/programmes/${slug}/vote`;

  if (result) return <ReceiptPanel slug={slug} receiptCodes={result.receiptCodes} categoryName={category.name} changed={result.changed} />;
  if (status === undefined) return <p role="status">{t("common.loading")}</p>;
  if (!status?.verified) {
    return (
      <Notice tone="info" title={t("ballot.verifyFirst")}>
        <Link href={`${voteHref}?category=${encodeURIComponent(category.id)}`} className="font-semibold text-brand underline">
          {t("ballot.verifyLink")}
        </Link>
      </Notice>
    );
  }
  const votedHere = status.votedCategoryIds.includes(category.id);
  if (votedHere && !voteChangeAllowed) {
    return (
      <Notice tone="success" title={t("ballot.alreadyVotedTitle")}>
        <p>{t("ballot.alreadyVoted")}</p>
        <Link href={voteHref} className="mt-2 inline-block font-semibold text-brand underline">
          {t("ballot.backToCategories")}
        </Link>
      </Notice>
    );
  }

  const several = votesPerCategory > 1;
  const fail = (message: string, field = false) => setProblem({ message, attempt: Date.now(), field });

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const finalistIds = new FormData(e.currentTarget).getAll("finalistId").map(String);
    if (finalistIds.length === 0) return fail(several ? t("ballot.chooseSome") : t("ballot.chooseOne"), true);
    if (finalistIds.length > votesPerCategory) return fail(t("ballot.tooMany", { count: votesPerCategory }), true);
    setBusy(true);
    const { status: code, answer } = await postVote(slug, "ballots", { categoryId: category.id, finalistIds });
    setBusy(false);
    if (answer.ok && answer.receiptCode) {
      setResult({ receiptCodes: answer.receiptCodes ?? [answer.receiptCode], changed: Boolean(answer.changed) });
      void refresh();
      return;
    }
    if (code === 409 && answer.reason === "already_voted") return fail(answer.message ?? t("ballot.alreadyVoted"));
    fail(answerMessage(t, answer), answer.field === "finalistIds");
  }

  const error = problem?.field ? problem.message : undefined;
  const legend = several ? t("ballot.legendSeveral", { count: votesPerCategory, category: category.name }) : t("ballot.legendOne", { category: category.name });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      {votedHere ? <Notice tone="info" title={t("ballot.changeTitle")}>{t("ballot.changeAllowed")}</Notice> : null}
      <FormProblem id="ballot-problem" message={problem?.message ?? null} attempt={problem?.attempt ?? 0} />
      {several ? (
        <fieldset aria-describedby={describedBy("ballot", { hint: true, error })} className="flex flex-col gap-3">
          <legend className="mb-1 text-lg font-semibold">{legend}</legend>
          <FieldMessages id="ballot" hint={t("ballot.hintSeveral", { count: votesPerCategory })} error={error} />
          {finalists.map((f) => (
            <Checkbox key={f.id} id={`ballot-${f.id}`} name="finalistId" value={f.id} label={f.publicName} />
          ))}
        </fieldset>
      ) : (
        <RadioGroup id="ballot" name="finalistId" legend={legend} hint={t("ballot.hintOne")} error={error} options={finalists.map((f) => ({ value: f.id, label: f.publicName }))} />
      )}
      <div>
        <Button type="submit" size="lg" disabled={busy}>
          {votedHere ? t("ballot.submitChange") : t("ballot.submit")}
        </Button>
      </div>
    </form>
  );
}
