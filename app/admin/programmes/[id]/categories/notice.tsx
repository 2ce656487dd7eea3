import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui";

const SUCCESS = new Set(["created", "saved", "moved", "deleted", "questions.created", "questions.saved", "questions.archived", "questions.deleted"]);

/** The outcome of the last form post, named by a key in the URL (set by the action's redirect). */
export async function CategoryNotice({ notice }: { notice?: string }) {
  if (!notice) return null;
  const t = await getTranslations("categoryAdmin");
  if (SUCCESS.has(notice)) return <Alert tone="success" className="mb-6">{t(notice as never)}</Alert>;
  const key = `errors.${notice}`;
  return (
    <Alert tone="danger" className="mb-6">
      {t.has(key as never) ? t(key as never) : t("errors.generic")}
    </Alert>
  );
}
