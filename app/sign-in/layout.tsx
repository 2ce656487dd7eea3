import { PublicFrame } from "@/components/layout/public-frame";

// Sign-in pages sit in the public frame (header with the language switcher,
// footer); the frame renders <main id="main">, so the pages do not.
export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
