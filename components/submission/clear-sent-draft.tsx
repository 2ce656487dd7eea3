"use client";
import { useEffect } from "react";
import { SENT_DRAFT_MARKER } from "@/components/submission/form-values";
import { clearDraft } from "@/components/submission/use-session-draft";

/**
 * On the "check your email" page: the form marked which draft it sent just
 * before sending; reaching this page means it went through, so the draft goes.
 * (The URL carries nothing about the submission.)
 */
export function ClearSentDraft() {
  useEffect(() => {
    try {
      const key = window.sessionStorage.getItem(SENT_DRAFT_MARKER);
      if (key?.startsWith("laurel:submission-draft:")) clearDraft(key);
      clearDraft(SENT_DRAFT_MARKER);
    } catch {
      // Storage blocked: there is no draft either.
    }
  }, []);
  return null;
}
