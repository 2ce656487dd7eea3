import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <main id="main" className="mx-auto max-w-4xl p-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
    </main>
  );
}
