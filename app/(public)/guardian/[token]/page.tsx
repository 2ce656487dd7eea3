import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkNotice } from "@/components/private-links/link-notice";
import { Button, Card, Container, PageHeader } from "@/components/ui";
import { loadGuardianByToken, type GuardianView } from "@/lib/nominations/load-guardian-by-token";
import { confirmGuardianAction } from "./actions";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const generateMetadata = () => privatePageMetadata("guardianPage");

const SUCCESS = ["confirmed"];

/**
 * The parent's or guardian's private link: what the young person agreed to,
 * what would be shown, and the two answers. Opening it changes nothing.
 */
export default async function GuardianPage({ params, searchParams }: Props) {
  const [{ token }, { notice }] = await Promise.all([params, searchParams]);
  const view = await loadGuardianByToken({ token });
  if (!view) notFound();
  const t = await getTranslations("guardianPage");
  const shownNotice = typeof notice === "string" ? notice : undefined;
  const contact = { organiser: view.programme.organiserName, contact: view.programme.organiserContact, nominee: view.nomineeName };
  const refuse = `/guardian/${encodeURIComponent(token)}/refuse`;

  if (view.state === "ended" || view.state === "closed") {
    return (
      <Container size="narrow">
        <PageHeader eyebrow={view.programme.title} title={t(`${view.state}.title`)} description={t(`${view.state}.body`, contact)} />
        <LinkNotice notice={shownNotice} success={SUCCESS} namespace="guardianPage" />
        {view.canErase ? (
          // Nothing to confirm, but the young person's data is still there: the guardian may have it deleted now.
          <section aria-labelledby="erase-title" className="mb-10">
            <h2 id="erase-title" className="mb-2 text-2xl font-bold">
              {t("closed.eraseTitle")}
            </h2>
            <p className="mb-4">{t("closed.eraseIntro")}</p>
            <Button href={refuse} variant="secondary">
              {t("closed.erase")}
            </Button>
          </section>
        ) : null}
        <Button href="/">{t("home")}</Button>
      </Container>
    );
  }
  if (view.state === "confirmed") {
    return (
      <Container size="narrow">
        <PageHeader eyebrow={view.programme.title} title={t("confirmed.title")} description={t("confirmed.body", contact)} />
        <LinkNotice notice={shownNotice} success={SUCCESS} namespace="guardianPage" />
        <Agreed view={view} />
        <section aria-labelledby="refuse-title" className="border-t border-line pt-8">
          <h2 id="refuse-title" className="mb-2 text-2xl font-bold">
            {t("confirmed.changedMindTitle")}
          </h2>
          <p className="mb-4">{t("pending.refuseIntro")}</p>
          <Button href={refuse} variant="secondary">
            {t("pending.refuse")}
          </Button>
        </section>
      </Container>
    );
  }
  const about = { nominee: view.nomineeName, category: view.categoryName, programme: view.programme.title };
  return (
    <Container size="narrow">
      <PageHeader eyebrow={view.programme.title} title={t("pending.title")} description={t(`pending.intro.${view.kind}`, about)} />
      <LinkNotice notice={shownNotice} success={SUCCESS} namespace="guardianPage" />
      <p className="mb-8">{t("pending.why", about)}</p>
      <Agreed view={view} />
      <form action={confirmGuardianAction} className="mb-10">
        <input type="hidden" name="token" value={token} />
        <Button type="submit" size="lg">
          {t("pending.confirm")}
        </Button>
      </form>
      <section aria-labelledby="refuse-title" className="border-t border-line pt-8">
        <h2 id="refuse-title" className="mb-2 text-2xl font-bold">
          {t("pending.refuseTitle")}
        </h2>
        <p className="mb-4">{t("pending.refuseIntro")}</p>
        <Button href={refuse} variant="secondary">
          {t("pending.refuse")}
        </Button>
      </section>
      <p className="mt-8 text-sm text-ink-muted">{t("contact", contact)}</p>
    </Container>
  );
}

async function Agreed({ view }: { view: GuardianView }) {
  const t = await getTranslations("guardianPage.pending");
  return (
    <Card as="section" aria-labelledby="agreed" className="mb-8">
      <h2 id="agreed" className="mb-3 text-xl font-bold">
        {t("agreedTitle", { nominee: view.nomineeName })}
      </h2>
      <ul className="mb-3 list-disc space-y-1 ps-5">
        <li>{t("agreedJury")}</li>
      </ul>
      <p className="mb-2">{t("agreedPublic", { nominee: view.nomineeName })}</p>
      <ul className="list-disc space-y-1 ps-5">
        <li>{t("shownName", { name: view.shown.name })}</li>
        <li>{t(view.shown.photo ? "photoYes" : "photoNo")}</li>
        <li>{t(view.shown.district ? "districtYes" : "districtNo")}</li>
      </ul>
      <p className="mt-3 text-sm text-ink-muted">{t("private")}</p>
    </Card>
  );
}
