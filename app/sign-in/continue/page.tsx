import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions/can";

// Where sign-in lands when no page was asked for: the area that fits the person.
export default async function ContinueAfterSignIn() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (can(user, "area.admin")) redirect("/admin");
  if (can(user, "area.jury")) redirect("/jury");
  // No programme yet: /admin answers 403 and says so.
  redirect("/admin");
}
