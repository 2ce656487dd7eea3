import { isAppError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/team/accept-invitation";
import { isSameOriginPost } from "@/lib/team/same-origin-post";

// The accept button posts here (a plain form, so it works without JavaScript).
// A route handler rather than a server action because success hands the
// browser on to Auth.js's sign-in callback, which must set the session cookie
// in the browser itself; a server action's redirect would be fetched on the
// server and the cookie lost.

function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Anything wrong sends the person back to the invitation's page, which says
  // plainly when the link can no longer be used.
  const back = `/invitations/${encodeURIComponent(token)}`;
  if (!isSameOriginPost(request.headers)) return seeOther(back);
  const form = await request.formData().catch(() => null);
  const name = form?.get("name");
  try {
    const accepted = await acceptInvitation({ token, name: typeof name === "string" ? name : null });
    return seeOther(accepted.signInPath);
  } catch (error) {
    if (!isAppError(error)) console.error("[team] accepting an invitation failed:", error);
    return seeOther(back);
  }
}
