import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/app/sign-out/sign-out-buttons";
import { StaffShell, type StaffNavItem } from "@/components/layout/staff-shell";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions/can";

// The jury area's frame. Not a security boundary: every page below calls requireStaff() itself.
export default async function JuryLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const t = await getTranslations("staff.nav");
  const nav: StaffNavItem[] = [];
  if (can(user, "area.jury")) nav.push({ href: "/jury", label: t("juries") });
  if (can(user, "area.admin")) nav.push({ href: "/admin", label: t("admin") });
  return (
    <StaffShell area="jury" nav={nav} user={user} signOut={<SignOutButton size="sm" />}>
      {children}
    </StaffShell>
  );
}
