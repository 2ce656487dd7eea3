import { ForbiddenNotice } from "./forbidden-notice";

export default function AdminForbidden() {
  return <ForbiddenNotice />;
}
