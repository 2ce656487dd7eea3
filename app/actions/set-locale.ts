"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, supportedLocales } from "@/lib/i18n/locales";
import { publicUrl } from "@/lib/security/headers";
import { makeZSetLocale, ZReturnPath } from "@/lib/validation/locale";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * The language switcher's form action. Works without JavaScript: a plain form
 * post sets the cookie and redirects back to the page the person was on.
 * Anyone may choose a language, so there is no permission to check.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = makeZSetLocale(supportedLocales()).safeParse({
    locale: formData.get("locale"),
    returnTo: formData.get("returnTo") ?? undefined,
  });
  // An unknown language changes nothing; the person lands back where they were.
  const returnTo = ZReturnPath.catch("/").parse(formData.get("returnTo"));
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      maxAge: ONE_YEAR_SECONDS,
      sameSite: "lax",
      secure: publicUrl(process.env).startsWith("https://"),
      path: "/",
      httpOnly: true,
    });
    // Every page's text depends on the cookie.
    revalidatePath("/", "layout");
  }
  redirect(returnTo);
}
