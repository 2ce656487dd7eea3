import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { VoteContext } from "@/lib/voting/context/vote-context";

/** Who may vote, until when, and how the vote decides: the rules, before anyone is asked for anything. */
export function VoteRules({ context }: { context: VoteContext }) {
  const t = useTranslations("vote.rules");
  const tp = useTranslations("programmePage");
  const locale = useLocale();
  const { programme, categories } = context;
  const when = (date: Date) => formatDateTime(date, { locale, timeZone: programme.timeZone });
  const limited = categories.filter((c) => c.voteAreas);

  return (
    <section aria-labelledby="rules-title" className="flex flex-col gap-4">
      <h2 id="rules-title" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <div>
        <h3 className="text-lg font-semibold">{t("whoTitle")}</h3>
        <ul className="mt-1 flex list-disc flex-col gap-1 ps-5">
          <li>{programme.voteVerification === "allow_list" ? t("whoAllowList") : t("whoEmail")}</li>
          <li>{t("whoVotingCode")}</li>
          {limited.map((c) => (
            <li key={c.id}>{t("areas", { category: c.name, areas: c.voteAreas!.join(", ") })}</li>
          ))}
          {programme.staffMayVote ? null : <li>{t("noStaff")}</li>}
          <li>{t("oncePerPerson")}</li>
        </ul>
      </div>
      <div>
        <h3 className="text-lg font-semibold">{t("whenTitle")}</h3>
        <p className="mt-1">
          {programme.opensAt && programme.closesAt
            ? t("window", { opens: when(programme.opensAt), closes: when(programme.closesAt) })
            : programme.closesAt
              ? t("until", { closes: when(programme.closesAt) })
              : t("noWindow")}
        </p>
      </div>
      <div>
        <h3 className="text-lg font-semibold">{t("howTitle")}</h3>
        <ul className="mt-1 flex list-disc flex-col gap-1 ps-5">
          <li>{tp(`decisionMode.${programme.decisionMode}`)}</li>
          {/* The formula of lib/results/decision-formula.ts, in words, published before anyone votes. */}
          <li>{t(`formula.${programme.decisionMode}`, { jury: programme.juryWeight, public: programme.publicWeight })}</li>
          <li>{t("votesPerCategory", { count: programme.votesPerCategory })}</li>
          <li>{programme.voteChangeAllowed ? t("changeAllowed") : t("changeNotAllowed")}</li>
          <li>{t("receipt")}</li>
          <li>{t("privacy")}</li>
        </ul>
      </div>
    </section>
  );
}
