import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui";

/**
 * The outcome of the last button pressed behind a private link, named by a key
 * in the address (set by the action's redirect). Unknown keys read as a
 * generic failure; a key with a per-kind wording ("confirmed_nomination") wins.
 */
export async function LinkNotice({
  notice,
  success,
  warning = [],
  namespace,
  values,
  variant,
}: {
  notice?: string;
  success: string[];
  /** Done, but with something the person should know (e.g. an email that could not go yet). */
  warning?: string[];
  namespace: "privateLink" | "consentPage" | "guardianPage";
  values?: Record<string, string>;
  variant?: string;
}) {
  if (!notice || !/^[A-Za-z_]{1,40}$/.test(notice)) return null;
  const t = await getTranslations(namespace);
  const specific = `notice.${notice}_${variant}`;
  const key = variant && t.has(specific) ? specific : t.has(`notice.${notice}`) ? `notice.${notice}` : "notice.generic";
  const tone = success.includes(notice) ? "success" : warning.includes(notice) ? "warning" : "danger";
  return (
    <Alert tone={tone} className="mb-6">
      {t(key, values)}
    </Alert>
  );
}
