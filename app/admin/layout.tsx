import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/app/sign-out/sign-out-buttons";
import { StaffShell, type StaffNavItem } from "@/components/layout/staff-shell";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions/can";

// The organiser area's frame. Not a security boundary: every page below calls
// requireStaff() itself (a layout does not re-run on client navigation).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const t = await getTranslations("staff.nav");
  const nav: StaffNavItem[] = [];
  if (can(user, "area.admin")) nav.push({ href: "/admin", label: t("programmes") });
  if (can(user, "outbox.view")) nav.push({ href: "/admin/outbox", label: t("outbox") });
  if (can(user, "area.jury")) nav.push({ href: "/jury", label: t("jury") });
  return (
    <StaffShell area="admin" nav={nav} user={user} signOut={<SignOutButton size="sm" />}>
      {children}
    </StaffShell>
  );
}
