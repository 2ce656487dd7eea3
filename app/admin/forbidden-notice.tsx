import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";

/** The 403 page body for the staff areas (rendered by forbidden.tsx after forbidden()). */
export async function ForbiddenNotice() {
  const t = await getTranslations("staff.forbidden");
  return (
    <section className="max-w-2xl">
      <PageHeader title={t("title")} description={t("body")} />
      <ul className="list-disc space-y-2 ps-5">
        <li>
          <Link href="/" className="text-brand underline hover:no-underline">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link href="/sign-out" className="text-brand underline hover:no-underline">
            {t("otherAccount")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
