"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export interface StaffNavItem {
  href: string;
  label: string;
}

/** The item the URL is in: the longest href that is the path or a parent of it. */
export function currentNavHref(items: StaffNavItem[], pathname: string): string | undefined {
  return items
    .map((i) => i.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href.replace(/\/$/, "")}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The staff area's navigation; marks the current page with aria-current. */
export function StaffNav({ items, label }: { items: StaffNavItem[]; label: string }) {
  const currentHref = currentNavHref(items, usePathname() ?? "");
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto lg:flex-col">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "flex min-h-10 items-center rounded-md px-3 font-semibold no-underline",
                  current ? "bg-brand text-white" : "text-ink hover:bg-brand-soft",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
