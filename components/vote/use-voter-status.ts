"use client";
import { useCallback, useEffect, useState } from "react";
import { fetchVoterStatus, type VoterStatus } from "@/components/vote/vote-api";

/** The visitor's standing in this vote (verified? voted where?), read from the server; undefined while loading, null when it could not be read. */
export function useVoterStatus(slug: string) {
  const [status, setStatus] = useState<VoterStatus | null | undefined>(undefined);
  const refresh = useCallback(async () => setStatus(await fetchVoterStatus(slug)), [slug]);
  useEffect(() => {
    let live = true;
    void fetchVoterStatus(slug).then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, [slug]);
  return { status, refresh, setStatus };
}
