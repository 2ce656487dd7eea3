"use client";
import { useEffect, useSyncExternalStore } from "react";
import { restoreValues, type FormValues } from "@/components/submission/form-values";

// The draft lives in sessionStorage, not localStorage, on purpose: people fill
// this form in on shared computers in libraries and youth centres.
// sessionStorage belongs to one tab and is gone when the tab closes, so the
// next person at the computer never finds a nominee's name, birth date or
// email address; a reload or an accidental "back" keeps everything. Nothing
// is stored on the server before "Send".

const noSubscription = () => () => {};

/** False while the server renders and during hydration, then true: the draft can only be read in the browser. */
export function useIsBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The stored draft for `key`, or null (nothing stored, storage blocked, a damaged entry). */
export function readDraft(key: string, empty: FormValues): FormValues | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? restoreValues(JSON.parse(raw), empty) : null;
  } catch {
    return null;
  }
}

/** Saves every change of the form's values under `key`. */
export function useSaveDraft(key: string, values: FormValues): void {
  useEffect(() => {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(values));
    } catch {
      // Full or blocked storage: the form still works, only without the draft.
    }
  }, [key, values]);
}

/** Forgets a draft (after it was sent). */
export function clearDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
