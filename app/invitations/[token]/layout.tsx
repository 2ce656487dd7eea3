import { PublicFrame } from "@/components/layout/public-frame";

// The invitation pages are public (the link is the credential) and sit in the
// public frame, which renders <main id="main">.
export default function InvitationLayout({ children }: { children: React.ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
