import { getLocale, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import type { SubmissionDetail } from "@/lib/moderation/get-submission";

/** This nomination's rows of the audit log: who did what, when. The log holds no personal data. */
export async function SubmissionHistory({ s }: { s: SubmissionDetail }) {
  const [t, m, locale] = await Promise.all([getTranslations("moderation.history"), getTranslations("moderation"), getLocale()]);
  if (s.history.length === 0) return <p className="text-ink-muted">{t("none")}</p>;
  // Message keys cannot contain dots: "nomination.accepted" is looked up as "nomination_accepted".
  const label = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}`;
    return t.has(key as never) ? t(key as never) : action;
  };
  const status = (value: string) => (m.has(`status.${value}` as never) ? m(`status.${value}` as never) : value);
  // Field names become words; an answer is named by its question.
  const field = (name: string) => {
    if (name.startsWith("answers.")) {
      const answer = s.answers.find((a) => `answers.${a.questionId}` === name);
      return answer ? answer.label[locale] || answer.label.en || t("field.answer") : t("field.answer");
    }
    return t.has(`field.${name}` as never) ? t(`field.${name}` as never) : name;
  };
  const reason = (value: string) => (t.has(`reasons.${value}` as never) ? t(`reasons.${value}` as never) : value);
  const details = (data: unknown) => {
    if (!data || typeof data !== "object") return "";
    const d = data as Record<string, unknown>;
    const parts: string[] = [];
    if (typeof d.from === "string" && typeof d.to === "string") parts.push(t("moved", { from: status(d.from), to: status(d.to) }));
    if (Array.isArray(d.fields)) parts.push(t("fields", { fields: d.fields.map((f) => field(String(f))).join(", ") }));
    if (typeof d.reason === "string") parts.push(t("reason", { reason: reason(d.reason) }));
    return parts.join(" · ");
  };
  return (
    <Table caption={t("caption")} captionHidden>
      <THead>
        <Tr>
          <Th>{t("when")}</Th>
          <Th>{t("who")}</Th>
          <Th>{t("what")}</Th>
        </Tr>
      </THead>
      <TBody>
        {s.history.map((h) => (
          <Tr key={h.id}>
            <Td className="whitespace-nowrap">{formatDateTime(h.createdAt, { locale, timeZone: s.programme.timeZone })}</Td>
            <Td>{h.actor ? (h.actor.name ? `${h.actor.name} (${h.actor.email})` : h.actor.email) : t("notStaff")}</Td>
            <Td>
              <span className="font-semibold">{label(h.action)}</span>
              <span className="block text-sm text-ink-muted">{details(h.data)}</span>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
