import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <Container size="wide" className="flex flex-col gap-2 py-8 text-sm text-ink-muted sm:flex-row sm:justify-between">
        <p>{t("openSource")}</p>
        <p>
          <Link href="/privacy" className="font-semibold text-brand underline">
            {t("privacyNotice")}
          </Link>
        </p>
      </Container>
    </footer>
  );
}
