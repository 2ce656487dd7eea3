import { getTranslations } from "next-intl/server";
import { Button, Container, PageHeader } from "@/components/ui";

/**
 * Every private link that does not work (unknown, altered, expired, ended)
 * shows these same words with a 404, so a link reveals nothing about which of
 * those it is, or whether anything ever existed.
 */
export async function DeadLink({ confirmHours }: { confirmHours: number }) {
  const t = await getTranslations("privateLink.deadLink");
  return (
    <Container size="narrow">
      <PageHeader title={t("title")} description={t("body")} />
      <h2 className="mb-2 text-xl font-bold">{t("whatToDo")}</h2>
      <ul className="mb-8 list-disc space-y-2 ps-5">
        <li>{t("copyAgain")}</li>
        <li>{t("expired", { hours: confirmHours })}</li>
        <li>{t("ask")}</li>
      </ul>
      <Button href="/">{t("home")}</Button>
    </Container>
  );
}
