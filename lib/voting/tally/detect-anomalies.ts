// The anomaly report the organiser reads during and after the vote. Each
// finding names a group of votes (one network, one email domain, one browser
// build, one night) and the exact votes in it, so the organiser can look, and
// quarantine that group with a reason if it is what it looks like.

import { compareIds } from "@/lib/scoring/types";
import * as T from "@/lib/voting/tally/anomaly-thresholds";

/** What the report knows about one ballot: the Ballot row's fields, plus the voter's email domain where one was kept. */
export interface VoteSignal {
  castAt: Date;
  /** IPv4 /24 or IPv6 /64, computed when the vote was cast. */
  networkPrefix: string | null;
  emailDomain: string | null;
  userAgentHash: string | null;
}

export type AnomalyKind = "burst_from_network" | "burst_from_domain" | "burst_from_user_agent" | "odd_hours";

/** The votes of a finding as a filter: cast in [castFrom, castTo] (both inclusive) and, for a burst, sharing the key. */
export interface QuarantineSelector {
  castFrom: Date;
  castTo: Date;
  networkPrefix?: string;
  emailDomain?: string;
  userAgentHash?: string;
}

export interface AnomalyFinding {
  kind: AnomalyKind;
  /** The network prefix, email domain or user-agent hash; for odd_hours the local date of the night (YYYY-MM-DD). */
  key: string;
  /** First and last vote of the group. */
  windowStart: Date;
  windowEnd: Date;
  count: number;
  /**
   * All votes cast in the same span. For odd_hours: the votes of the vote day
   * (05:00 to 05:00 local), or of an average day of the vote if that is more.
   */
  windowTotal: number;
  share: number;
  /** The rule that was broken: more than minVotes, and more than maxShare of windowTotal, within windowMinutes. */
  rule: { minVotes: number; maxShare: number; windowMinutes: number | null };
  /** Positions in the `votes` array given, ascending. */
  voteIndexes: number[];
  selector: QuarantineSelector;
  /** The group may still be growing: its window has not closed yet at `now`. */
  ongoing: boolean;
}

export interface DetectAnomaliesOptions {
  votes: readonly VoteSignal[];
  /** The programme's IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  now: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Index of the first time in `sorted` that is ≥ t. */
function lowerBound(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface BurstRule {
  kind: Exclude<AnomalyKind, "odd_hours">;
  field: "networkPrefix" | "emailDomain" | "userAgentHash";
  windowMinutes: number;
  minVotes: number;
  maxShare: number;
  keyOf: (vote: VoteSignal) => string | null;
}

const BURST_RULES: BurstRule[] = [
  {
    kind: "burst_from_network",
    field: "networkPrefix",
    windowMinutes: T.NETWORK_WINDOW_MINUTES,
    minVotes: T.NETWORK_BURST_MIN_VOTES,
    maxShare: T.NETWORK_BURST_MAX_SHARE,
    // "unknown": no trusted proxy header, so every vote looks alike; that is a set-up problem, not a burst.
    keyOf: (v) => (v.networkPrefix && v.networkPrefix !== "unknown" ? v.networkPrefix : null),
  },
  {
    kind: "burst_from_domain",
    field: "emailDomain",
    windowMinutes: T.DOMAIN_WINDOW_MINUTES,
    minVotes: T.DOMAIN_BURST_MIN_VOTES,
    maxShare: T.DOMAIN_BURST_MAX_SHARE,
    keyOf: (v) => {
      const domain = v.emailDomain?.trim().toLowerCase().replace(/\.$/, "");
      return domain && !T.BIG_EMAIL_PROVIDERS.has(domain) ? domain : null;
    },
  },
  {
    kind: "burst_from_user_agent",
    field: "userAgentHash",
    windowMinutes: T.USER_AGENT_WINDOW_MINUTES,
    minVotes: T.USER_AGENT_BURST_MIN_VOTES,
    maxShare: T.USER_AGENT_BURST_MAX_SHARE,
    keyOf: (v) => v.userAgentHash || null,
  },
];

/**
 * A window opens at each vote of a key and lasts `windowMinutes`; it is flagged
 * when the key has more than max(minVotes, maxShare × all votes in the window).
 * Overlapping flagged windows of one key become one finding.
 */
function burstFindings(rule: BurstRule, votes: readonly VoteSignal[], allTimes: readonly number[], now: number): AnomalyFinding[] {
  const byKey = new Map<string, number[]>();
  votes.forEach((vote, index) => {
    const key = rule.keyOf(vote);
    if (key === null) return;
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });
  const windowMs = rule.windowMinutes * MINUTE;
  const findings: AnomalyFinding[] = [];
  for (const [key, unsorted] of byKey) {
    const indexes = unsorted.sort((a, b) => votes[a].castAt.getTime() - votes[b].castAt.getTime() || a - b);
    const times = indexes.map((i) => votes[i].castAt.getTime());
    const groups: [number, number][] = [];
    let j = 0;
    for (let i = 0; i < times.length; i++) {
      const end = times[i] + windowMs;
      j = Math.max(j, i);
      while (j + 1 < times.length && times[j + 1] < end) j++;
      const total = lowerBound(allTimes, end) - lowerBound(allTimes, times[i]);
      if (j - i + 1 <= Math.max(rule.minVotes, rule.maxShare * total)) continue;
      const last = groups[groups.length - 1];
      if (last && i <= last[1]) last[1] = Math.max(last[1], j);
      else groups.push([i, j]);
    }
    for (const [a, b] of groups) {
      const windowTotal = lowerBound(allTimes, times[b] + 1) - lowerBound(allTimes, times[a]);
      findings.push({
        kind: rule.kind,
        key,
        windowStart: new Date(times[a]),
        windowEnd: new Date(times[b]),
        count: b - a + 1,
        windowTotal,
        share: (b - a + 1) / windowTotal,
        rule: { minVotes: rule.minVotes, maxShare: rule.maxShare, windowMinutes: rule.windowMinutes },
        voteIndexes: indexes.slice(a, b + 1).sort((x, y) => x - y),
        selector: { castFrom: new Date(times[a]), castTo: new Date(times[b]), [rule.field]: key },
        ongoing: now - times[b] < windowMs,
      });
    }
  }
  return findings;
}

/** Local wall-clock reading of instants in one time zone, cached per minute (zones change offset on whole minutes). */
function localClock(timeZone: string) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  const cache = new Map<number, { hour: number; voteDay: string }>();
  return (instant: number) => {
    const minute = Math.floor(instant / MINUTE);
    let reading = cache.get(minute);
    if (!reading) {
      const parts = Object.fromEntries(format.formatToParts(new Date(minute * MINUTE)).map((p) => [p.type, Number(p.value)]));
      const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
      // The vote day runs 05:00 to 05:00 local and is named after the date of its night hours.
      const voteDay = new Date(wall + (24 - T.ODD_HOURS_END) * HOUR).toISOString().slice(0, 10);
      reading = { hour: parts.hour, voteDay };
      cache.set(minute, reading);
    }
    return reading;
  };
}

/**
 * A vote day is flagged when its night (01:00–05:00 local) has more than
 * max(minVotes, maxShare × the day's votes). A day that is only partly inside
 * the vote (it opened at midnight, or it is still today) would make any night
 * look big, so the day counts as at least an average day of the vote so far.
 */
function oddHourFindings(votes: readonly VoteSignal[], allTimes: readonly number[], timeZone: string, now: number): AnomalyFinding[] {
  const clock = localClock(timeZone);
  const days = new Map<string, { total: number; night: number[] }>();
  votes.forEach((vote, index) => {
    const { hour, voteDay } = clock(vote.castAt.getTime());
    const day = days.get(voteDay) ?? { total: 0, night: [] };
    day.total++;
    if (hour >= T.ODD_HOURS_START && hour < T.ODD_HOURS_END) day.night.push(index);
    days.set(voteDay, day);
  });
  const today = clock(now);
  const findings: AnomalyFinding[] = [];
  const averageDay = votes.length / Math.max(1, (allTimes[allTimes.length - 1] - allTimes[0]) / DAY);
  for (const [voteDay, { total: dayTotal, night }] of days) {
    const total = Math.max(dayTotal, Math.round(averageDay));
    if (night.length <= Math.max(T.ODD_HOURS_MIN_VOTES, T.ODD_HOURS_MAX_SHARE * total)) continue;
    const times = night.map((i) => votes[i].castAt.getTime());
    const first = times.reduce((a, b) => Math.min(a, b));
    const last = times.reduce((a, b) => Math.max(a, b));
    findings.push({
      kind: "odd_hours",
      key: voteDay,
      windowStart: new Date(first),
      windowEnd: new Date(last),
      count: night.length,
      windowTotal: total,
      share: night.length / total,
      rule: { minVotes: T.ODD_HOURS_MIN_VOTES, maxShare: T.ODD_HOURS_MAX_SHARE, windowMinutes: null },
      voteIndexes: night,
      selector: { castFrom: new Date(first), castTo: new Date(last) },
      ongoing: today.voteDay === voteDay && today.hour < T.ODD_HOURS_END,
    });
  }
  return findings;
}

/** Every finding, earliest first. Honest traffic, however large, should give none. */
export function detectAnomalies({ votes, timeZone, now }: DetectAnomaliesOptions): AnomalyFinding[] {
  const allTimes = votes.map((v) => v.castAt.getTime()).sort((a, b) => a - b);
  return [...BURST_RULES.flatMap((rule) => burstFindings(rule, votes, allTimes, now.getTime())), ...oddHourFindings(votes, allTimes, timeZone, now.getTime())].sort(
    (a, b) => a.windowStart.getTime() - b.windowStart.getTime() || compareIds(a.kind, b.kind) || compareIds(a.key, b.key),
  );
}
