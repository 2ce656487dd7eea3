import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { FinalistSummary } from "@/lib/shortlist/get-ranking";

/** The locked shortlist: place, public name, why a nomination was added, whether the email went out, and the profile link. */
export async function FinalistsTable({
  finalists,
  caption,
  profileHref,
  formatDate,
}: {
  finalists: FinalistSummary[];
  caption: string;
  /** Set for organisers, who prepare the public profiles. */
  profileHref: ((finalistId: string) => string) | null;
  formatDate: (date: Date) => string;
}) {
  const t = await getTranslations("shortlist.locked");
  return (
    <Table caption={caption} captionHidden>
      <THead>
        <Tr>
          <Th>{t("place")}</Th>
          <Th>{t("nomination")}</Th>
          <Th>{t("publicName")}</Th>
          <Th>{t("addedBecause")}</Th>
          <Th>{t("emailed")}</Th>
          {profileHref ? <Th>{t("profile")}</Th> : null}
        </Tr>
      </THead>
      <TBody>
        {finalists.map((f) => (
          <Tr key={f.id}>
            <Td>{f.position + 1}</Td>
            <Th scope="row">
              {f.title}
              {f.noLongerTakingPart ? (
                <span className="mt-1 block">
                  <StatusBadge tone="warning">{t("noLongerTakingPart")}</StatusBadge>
                </span>
              ) : null}
            </Th>
            <Td>{f.publicName}</Td>
            <Td className="whitespace-pre-line">{f.changeReason ?? "—"}</Td>
            <Td>{f.notifiedAt ? t("emailedOn", { date: formatDate(f.notifiedAt) }) : <StatusBadge tone="warning">{t("notEmailed")}</StatusBadge>}</Td>
            {profileHref ? (
              <Td>
                <Link href={profileHref(f.id)} className="text-brand underline hover:no-underline">
                  <span aria-hidden="true">{t("editProfile")}</span>
                  <span className="sr-only">{t("editProfileOf", { title: f.title })}</span>
                </Link>
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
