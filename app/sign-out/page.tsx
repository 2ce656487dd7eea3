import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignOutButton, SignOutEverywhereButton } from "./sign-out-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signOut");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SignOutPage() {
  const t = await getTranslations("auth.signOut");
  const user = await getCurrentUser();
  return (
    <div className="mx-auto w-full max-w-xl px-4">
      <PageHeader title={t("title")} description={user ? t("body") : undefined} />
      {user ? (
        <div className="flex flex-col gap-6">
          <SignOutButton />
          <SignOutEverywhereButton />
        </div>
      ) : (
        <p>
          {t("notSignedIn")}{" "}
          <Link href="/sign-in" className="font-semibold text-brand underline hover:no-underline">
            {t("toSignIn")}
          </Link>
        </p>
      )}
    </div>
  );
}
