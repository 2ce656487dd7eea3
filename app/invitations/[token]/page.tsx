import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Button, Card, PageHeader, TextInput } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import { getInvitation } from "@/lib/team/get-invitation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitation");
  // The token is in the address: never index it, never send it on as a referrer.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Opening the link only shows the invitation; accepting is a button (POST).
// Mail security scanners open every link in a message but press no buttons,
// so they cannot use up the invitation.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation({ token });
  if (!invitation) notFound();
  const [t, locale] = await Promise.all([getTranslations("invitation"), getLocale()]);
  const programme = `${invitation.programmeName} ${invitation.edition}`;

  return (
    <div className="mx-auto w-full max-w-xl px-4">
      <PageHeader eyebrow={invitation.city} title={t("title", { programme })} description={t(`intro.${invitation.role}`, { programme })} />
      <Card as="section" aria-labelledby="invitation-details">
        <h2 id="invitation-details" className="sr-only">
          {t("detailsTitle")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("role")}</dt>
          <dd>{t(`roles.${invitation.role}`)}</dd>
          {invitation.role === "juror" && (
            <>
              <dt className="font-semibold">{t("category")}</dt>
              <dd>{invitation.categoryName ?? t("allCategories")}</dd>
            </>
          )}
          <dt className="font-semibold">{t("email")}</dt>
          <dd className="break-all">{invitation.email}</dd>
          <dt className="font-semibold">{t("validUntil")}</dt>
          <dd>{formatDateTime(invitation.expiresAt, { locale, timeZone: invitation.timeZone })}</dd>
        </dl>
      </Card>

      <form method="post" action={`/invitations/${token}/accept`} className="mt-6 flex flex-col gap-4">
        {invitation.isNewPerson && (
          <TextInput name="name" label={t("name")} hint={t("nameHint")} optionalText={t("optional")} autoComplete="name" maxLength={120} />
        )}
        <div>
          <Button type="submit" size="lg">
            {t("accept")}
          </Button>
        </div>
      </form>
      <p className="mt-6 text-sm text-ink-muted">{invitation.isNewPerson ? t("signInNew") : t("signInExisting")}</p>
      <p className="mt-2 text-sm text-ink-muted">{t("notYou")}</p>
    </div>
  );
}
