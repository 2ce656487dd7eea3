import { ForbiddenNotice } from "@/app/admin/forbidden-notice";

export default function JuryForbidden() {
  return <ForbiddenNotice />;
}
