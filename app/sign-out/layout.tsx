import { PublicFrame } from "@/components/layout/public-frame";

export default function SignOutLayout({ children }: { children: React.ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
