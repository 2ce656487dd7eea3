import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";

// Every link that cannot be accepted (unknown, altered, expired, withdrawn or
// already used) ends here with the same words and a 404, so a link reveals
// nothing about which of those it is.
export default async function InvitationNotFound() {
  const t = await getTranslations("invitation.invalid");
  return (
    <div className="mx-auto w-full max-w-xl px-4">
      <PageHeader title={t("title")} description={t("body")} />
      <ul className="list-disc space-y-2 ps-5">
        <li>{t("askAgain")}</li>
        <li>
          {t("alreadyAccepted")}{" "}
          <Link href="/sign-in" className="font-semibold text-brand underline hover:no-underline">
            {t("signIn")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
