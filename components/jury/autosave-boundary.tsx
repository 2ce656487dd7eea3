"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useRef, type ReactNode } from "react";

type Flush = () => Promise<boolean>;

const FlushContext = createContext<{ register: (flush: Flush | null) => void; flush: Flush } | null>(null);

/**
 * Lets links on the nomination page wait for the scoring form's last autosave
 * before they navigate, so "Next nomination" right after typing loses nothing.
 */
export function AutosaveBoundary({ children }: { children: ReactNode }) {
  const current = useRef<Flush | null>(null);
  const register = useCallback((flush: Flush | null) => {
    current.current = flush;
  }, []);
  const flush = useCallback(() => (current.current ? current.current() : Promise.resolve(true)), []);
  return <FlushContext value={{ register, flush }}>{children}</FlushContext>;
}

/** For the scoring form: hands its flush function to the boundary. */
export function useRegisterFlush(): (flush: Flush | null) => void {
  return useContext(FlushContext)?.register ?? noop;
}

const noop = () => {};

/**
 * A link that first saves what the scoring form holds. If that save fails it
 * stays on the page, where the form shows the retry message.
 */
export function FlushLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const context = useContext(FlushContext);
  const router = useRouter();
  return (
    <Link
      href={href}
      className={className}
      onClick={async (event) => {
        if (!context || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        if (await context.flush()) router.push(href);
      }}
    >
      {children}
    </Link>
  );
}
