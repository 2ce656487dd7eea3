import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LaurelMark } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { StaffNav, type StaffNavItem } from "@/components/layout/staff-nav";

export type { StaffNavItem };

export interface StaffShellProps {
  area: "admin" | "jury";
  /** Already translated labels; the item whose href matches the URL is marked current. */
  nav: StaffNavItem[];
  /** Null on pages shown before sign-in is settled (e.g. "forbidden"): no user, no nav. */
  user: { name?: string | null; email: string } | null;
  /** The sign-out control, e.g. a form posting to the sign-out action. */
  signOut?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of the organiser (/admin) and jury (/jury) areas: a header saying
 * which area and who is signed in, the area's navigation (a row on small
 * screens, a side column on large ones) and the main content.
 */
export async function StaffShell({ area, nav, user, signOut, children }: StaffShellProps) {
  const [t, common] = await Promise.all([getTranslations("layout"), getTranslations("common")]);
  const areaName = t(area === "admin" ? "adminArea" : "juryArea");
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
          <Link href={area === "admin" ? "/admin" : "/jury"} className="flex items-center gap-2 font-bold text-brand no-underline">
            <LaurelMark />
            <span className="text-lg">{common("appName")}</span>
            <span className="rounded-full bg-brand-soft px-2 py-0.5 text-sm">{areaName}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <LanguageSwitcher />
            {user ? (
              <p className="text-sm">
                <span className="sr-only">{t("signedInAs")} </span>
                <span className="font-semibold">{user.name || user.email}</span>
                {user.name ? <span className="block text-ink-muted">{user.email}</span> : null}
              </p>
            ) : null}
            {user ? signOut : null}
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row lg:gap-10">
        {user && nav.length > 0 ? (
          <div className="lg:w-56 lg:shrink-0">
            <StaffNav items={nav} label={t("areaNavigation", { area: areaName })} />
          </div>
        ) : null}
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
