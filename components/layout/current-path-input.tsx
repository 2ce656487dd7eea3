"use client";

import { usePathname } from "next/navigation";

/**
 * A hidden field carrying the current path, so a form can send the person back
 * where they were. Rendered on the server too, so it works without JavaScript.
 */
export function CurrentPathInput({ name = "returnTo" }: { name?: string }) {
  const pathname = usePathname();
  return <input type="hidden" name={name} value={pathname ?? "/"} />;
}
