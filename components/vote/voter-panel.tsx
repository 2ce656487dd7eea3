"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmailCodeForm } from "@/components/vote/email-code-form";
import { useVoterStatus } from "@/components/vote/use-voter-status";
import { VotingCodeForm } from "@/components/vote/voting-code-form";

export interface VoterPanelProps {
  slug: string;
  categories: { id: string; name: string; finalistCount: number }[];
  areas: string[];
  allowList: boolean;
  startedAt: number;
  /** The category the visitor came from (a shared link): they go back there once confirmed. */
  returnTo?: string;
}

/** While the vote is open: prove who you are (email code or printed voting code), then the categories, each marked once voted. */
export function VoterPanel({ slug, categories, areas, allowList, startedAt, returnTo }: VoterPanelProps) {
  const t = useTranslations("vote");
  const router = useRouter();
  const { status, refresh } = useVoterStatus(slug);
  const onVerified = () => (returnTo ? router.push(`/programmes/${slug}/vote/${returnTo}`) : void refresh());

  if (status === undefined) return <p role="status">{t("common.loading")}</p>;

  if (!status?.verified) {
    return (
      <section aria-labelledby="verify-title" className="flex flex-col gap-6">
        <div>
          <h2 id="verify-title" className="text-2xl font-bold">
            {t("verify.title")}
          </h2>
          <p className="mt-1">{t("verify.intro")}</p>
        </div>
        {status === null ? <Alert tone="warning">{t("common.statusUnavailable")}</Alert> : null}
        <Card>
          <EmailCodeForm slug={slug} areas={areas} allowList={allowList} startedAt={startedAt} onVerified={onVerified} />
        </Card>
        <Card>
          <VotingCodeForm slug={slug} areas={areas} onVerified={onVerified} />
        </Card>
      </section>
    );
  }

  const voted = new Set(status.votedCategoryIds);
  return (
    <section aria-labelledby="categories-title" className="flex flex-col gap-4">
      <Alert tone="success" title={t("verify.verified")}>
        {status.district ? t("verify.verifiedDistrict", { district: status.district }) : null}
      </Alert>
      <h2 id="categories-title" className="text-2xl font-bold">
        {t("page.chooseCategory")}
      </h2>
      <ul className="flex flex-col gap-3">
        {categories.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border-2 border-line p-4">
            <Link href={`/programmes/${slug}/vote/${c.id}`} className="text-lg font-semibold text-brand underline hover:no-underline">
              {c.name}
            </Link>
            {voted.has(c.id) ? (
              <span className="inline-flex items-center gap-1 rounded-full bg-success-soft px-3 py-1 font-semibold text-ink">
                <span aria-hidden="true">✓</span> {t("page.voted")}
              </span>
            ) : (
              <span className="text-ink-muted">{t("page.finalistCount", { count: c.finalistCount })}</span>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/programmes/${slug}/vote/receipt`} className="text-brand underline">
          {t("page.checkReceipt")}
        </Link>
      </p>
    </section>
  );
}
