"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

// Shown instead of a page that failed unexpectedly. It never shows the error's
// message (it may hold internals); the digest lets operators find the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="py-12">
      <Container size="narrow">
        <PageHeader title={t("errorTitle")} description={t("errorBody")} />
        <div className="flex flex-wrap gap-3">
          <Button onClick={() => reset()}>{t("tryAgain")}</Button>
          <Button href="/" variant="secondary">
            {t("home")}
          </Button>
        </div>
        {error.digest ? <p className="mt-6 text-sm text-ink-muted">{t("reference", { digest: error.digest })}</p> : null}
      </Container>
    </main>
  );
}
