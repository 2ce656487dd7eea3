import { getTranslations } from "next-intl/server";
import { Button, type ButtonSize } from "@/components/ui";
import { signOutAction, signOutEverywhereAction } from "./actions";

/** "Sign out" as a POST form: a GET link could be triggered by any other site. */
export async function SignOutButton({ size = "md" }: { size?: ButtonSize }) {
  const t = await getTranslations("auth.signOut");
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="secondary" size={size}>
        {t("submit")}
      </Button>
    </form>
  );
}

export async function SignOutEverywhereButton() {
  const t = await getTranslations("auth.signOut");
  return (
    <form action={signOutEverywhereAction} className="flex flex-col items-start gap-1">
      <Button type="submit" variant="secondary" aria-describedby="sign-out-everywhere-hint">
        {t("everywhere")}
      </Button>
      <p id="sign-out-everywhere-hint" className="text-sm text-ink-muted">
        {t("everywhereHint")}
      </p>
    </form>
  );
}
