// Rate limits for proving who a voter is. They live in the database
// (lib/rate-limit), so they hold across every app instance. The per-identity
// limits stop one address from being flooded with codes; the per-network ones
// stop one machine from trying many addresses or guessing printed codes.
const MINUTE = 60_000;

export const VERIFY_LIMITS = {
  codeRequestPerIp: { limit: 10, windowMs: 15 * MINUTE },
  codeRequestPerIdentity: { limit: 3, windowMs: 15 * MINUTE },
  codeCheckPerIp: { limit: 30, windowMs: 15 * MINUTE },
  votingCodePerIp: { limit: 20, windowMs: 15 * MINUTE },
} as const;

/**
 * Without TRUSTED_PROXY_HEADER every client is "unknown" and shares one
 * bucket (lib/rate-limit/client-ip.ts): a per-person limit would then let one
 * script shut everyone out, so the shared bucket is wider. The per-identity
 * limits and the code's own five tries still hold.
 */
export const UNKNOWN_IP_LIMITS = {
  codeRequestPerIp: { limit: 1000, windowMs: 15 * MINUTE },
  codeCheckPerIp: { limit: 3000, windowMs: 15 * MINUTE },
  votingCodePerIp: { limit: 2000, windowMs: 15 * MINUTE },
} as const;

export function ipLimit(kind: keyof typeof UNKNOWN_IP_LIMITS, ip: string): { limit: number; windowMs: number } {
  return ip === "unknown" ? UNKNOWN_IP_LIMITS[kind] : VERIFY_LIMITS[kind];
}

/** Below this many ms between showing the form and sending it, the sender is a script. */
export const MIN_FORM_MS = 1500;
