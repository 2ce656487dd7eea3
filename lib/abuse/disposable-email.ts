import { DISPOSABLE_DOMAINS } from "@/lib/abuse/disposable-domains";

function extraDomains(env: Record<string, string | undefined>): string[] {
  return (env.DISPOSABLE_EMAIL_DOMAINS ?? "")
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether the address is at a throwaway-mailbox service (or a subdomain of one). */
export function isDisposableEmail(email: string, env: Record<string, string | undefined> = process.env): boolean {
  const at = email.lastIndexOf("@");
  if (at < 0) return false;
  const domain = email.slice(at + 1).trim().toLowerCase().replace(/\.$/, "");
  const blocked = new Set([...DISPOSABLE_DOMAINS, ...extraDomains(env)]);
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    if (blocked.has(labels.slice(i).join("."))) return true;
  }
  return false;
}
