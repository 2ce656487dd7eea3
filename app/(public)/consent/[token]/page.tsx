import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppearanceForm } from "@/components/private-links/appearance-form";
import { ConsentAcceptForm } from "@/components/private-links/consent-accept-form";
import { LinkNotice } from "@/components/private-links/link-notice";
import { Alert, Button, Card, Container, PageHeader } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import { loadConsentByToken, type ConsentView } from "@/lib/nominations/load-consent-by-token";
import { describeAgeRule } from "@/lib/programmes/describe-age-rule";
import { acceptConsentAction, updateAppearanceAction } from "./actions";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const generateMetadata = () => privatePageMetadata("consentPage");

const SUCCESS = ["accepted", "appearanceSaved"];

/**
 * The nominee's private link. Opening it changes nothing; the nominee reads
 * who nominated them and why, then accepts (with their choices) or declines.
 * After deciding, the same link shows the decision.
 */
export default async function ConsentPage({ params, searchParams }: Props) {
  const [{ token }, { notice }] = await Promise.all([params, searchParams]);
  const view = await loadConsentByToken({ token });
  if (!view) notFound();
  const t = await getTranslations("consentPage");
  const shownNotice = typeof notice === "string" ? notice : undefined;

  if (view.state === "declined" || view.state === "ended" || view.state === "closed" || view.state === "erased") {
    return (
      <Container size="narrow">
        <PageHeader
          eyebrow={view.programme.title}
          title={t(`${view.state}.title`)}
          description={t(`${view.state}.body`, { organiser: view.programme.organiserName, contact: view.programme.organiserContact })}
        />
        <LinkNotice notice={shownNotice} success={SUCCESS} namespace="consentPage" />
        {view.canErase ? (
          // Nothing to decide, but the nominee's data is still there: they may have it deleted now.
          <section aria-labelledby="erase-title" className="mb-10">
            <h2 id="erase-title" className="mb-2 text-2xl font-bold">
              {t("closed.eraseTitle")}
            </h2>
            <p className="mb-4">{t("closed.eraseIntro")}</p>
            <Button href={`/consent/${encodeURIComponent(token)}/decline`} variant="secondary">
              {t("closed.erase")}
            </Button>
          </section>
        ) : null}
        <Button href="/">{t("home")}</Button>
      </Container>
    );
  }
  return view.state === "pending" ? <Pending view={view} token={token} notice={shownNotice} /> : <Accepted view={view} token={token} notice={shownNotice} />;
}

function StoryCard({ view, title }: { view: ConsentView; title: string }) {
  return (
    <Card as="section" aria-labelledby="story" className="mb-8">
      <h2 id="story" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <p className="max-w-prose whitespace-pre-line break-words">{view.story}</p>
    </Card>
  );
}

async function Pending({ view, token, notice }: { view: ConsentView; token: string; notice?: string }) {
  const [t, tp, locale] = await Promise.all([getTranslations("consentPage.pending"), getTranslations("programmePage.ageRule"), getLocale()]);
  const about = { nominator: view.nominatorName, category: view.category.name, programme: view.programme.title, group: view.groupName };
  const rule = describeAgeRule(view.category, { locale, timeZone: view.programme.timeZone });
  const decline = `/consent/${encodeURIComponent(token)}/decline`;
  return (
    <Container size="narrow">
      <PageHeader eyebrow={view.programme.title} title={t("title")} description={t(view.nomineeKind === "group" ? "groupIntro" : "intro", about)} />
      <LinkNotice notice={notice} success={SUCCESS} namespace="consentPage" />
      <StoryCard view={view} title={t("storyTitle", about)} />
      <p className="mb-2">{t("privacy")}</p>
      {view.hasPhoto ? <p className="mb-2">{t("photoNote", about)}</p> : null}
      <p className="mb-10">{t("noAnswer")}</p>

      <section aria-labelledby="accept-title" className="mb-10">
        <h2 id="accept-title" className="mb-2 text-2xl font-bold">
          {t("acceptTitle")}
        </h2>
        <p className="mb-6">{t("acceptIntro")}</p>
        <ConsentAcceptForm
          action={acceptConsentAction}
          token={token}
          individual={view.nomineeKind === "individual"}
          fullName={view.nomineeName}
          ageRule={rule ? tp(rule.key, rule.values) : null}
        />
      </section>

      <section aria-labelledby="decline-title" className="border-t border-line pt-8">
        <h2 id="decline-title" className="mb-2 text-2xl font-bold">
          {t("declineTitle")}
        </h2>
        <p className="mb-4">{t("declineIntro")}</p>
        <Button href={decline} variant="secondary">
          {t("decline")}
        </Button>
      </section>
    </Container>
  );
}

async function Accepted({ view, token, notice }: { view: ConsentView; token: string; notice?: string }) {
  const [t, locale] = await Promise.all([getTranslations("consentPage.accepted"), getLocale()]);
  const a = view.appearance;
  const decline = `/consent/${encodeURIComponent(token)}/decline`;
  return (
    <Container size="narrow">
      <PageHeader eyebrow={view.programme.title} title={t("title")} description={t("body", { category: view.category.name, programme: view.programme.title })} />
      <LinkNotice notice={notice} success={SUCCESS} namespace="consentPage" />
      <Card as="section" aria-labelledby="choices" className="mb-8">
        <h2 id="choices" className="mb-3 text-xl font-bold">
          {t("choicesTitle")}
        </h2>
        <p>{t("choices", { name: a.shownName, photo: a.showPhoto ? "yes" : "no", district: a.showDistrict ? "yes" : "no" })}</p>
        {view.guardianNotEmailed ? (
          <Alert tone="warning" role="none" className="mt-3">
            {t("guardianNotEmailed")}
          </Alert>
        ) : view.guardianRequired ? (
          <p className="mt-3">{t(view.guardianConfirmed ? "guardianConfirmed" : "guardianWaiting")}</p>
        ) : null}
      </Card>

      <section aria-labelledby="change-title" className="mb-10">
        <h2 id="change-title" className="mb-2 text-2xl font-bold">
          {t("changeTitle")}
        </h2>
        {view.canChangeAppearance ? (
          <>
            <p className="mb-2">{view.deadline ? t("changeUntil", { date: formatDateTime(view.deadline, { locale, timeZone: view.programme.timeZone }) }) : t("changeOpen")}</p>
            {view.guardianRequired ? <p className="mb-4">{t("guardianAgain")}</p> : null}
            <AppearanceForm
              action={updateAppearanceAction}
              token={token}
              stored={{ displayName: a.displayName, chosenName: a.chosenName, showPhoto: a.showPhoto, showDistrict: a.showDistrict }}
              fullName={view.nomineeName}
            />
          </>
        ) : (
          <p>{t("changeClosed", { organiser: view.programme.organiserName, contact: view.programme.organiserContact })}</p>
        )}
      </section>

      <section aria-labelledby="decline-title" className="border-t border-line pt-8">
        <h2 id="decline-title" className="mb-2 text-2xl font-bold">
          {t("withdrawTitle")}
        </h2>
        <p className="mb-4">{t("withdrawIntro")}</p>
        <Button href={decline} variant="secondary">
          {t("decline")}
        </Button>
      </section>
    </Container>
  );
}
