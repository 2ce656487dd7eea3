// When the anomaly report speaks up. A finding is a question for the organiser,
// never an automatic quarantine: a school class voting together from the school
// network looks exactly like a small bot. Each rule is "more than MIN votes and
// more than SHARE of all votes in the same window", so the bar rises with the
// traffic: when the vote is on the evening news, a busy mobile network does not
// trip it, while twelve votes from one office network at a quiet hour do.

/** Votes from one network (an IPv4 /24 or IPv6 /64) within this many minutes form one window. */
export const NETWORK_WINDOW_MINUTES = 10;
/** A household or a small office rarely casts more than this many votes in ten minutes. */
export const NETWORK_BURST_MIN_VOTES = 10;
/**
 * Behind a mobile carrier's NAT thousands of phones share a /24, yet one range
 * still carries well under 1% of a city's votes; 5% leaves room for that.
 */
export const NETWORK_BURST_MAX_SHARE = 0.05;

/** Email domains are looked at over an hour: mobilisation by mail arrives over minutes, not seconds. */
export const DOMAIN_WINDOW_MINUTES = 60;
export const DOMAIN_BURST_MIN_VOTES = 10;
/**
 * Outside the big providers no one domain (a company, a university, the city's
 * own) normally brings a tenth of an hour's votes. A domain with a catch-all
 * mailbox, the cheapest way to unlimited verified addresses, does.
 */
export const DOMAIN_BURST_MAX_SHARE = 0.1;

/**
 * Public mail providers that a large part of the population uses: a burst from
 * one of them is just people, so they are never reported. Compared with the
 * domain in lower case; subdomains are not included.
 */
export const BIG_EMAIL_PROVIDERS: ReadonlySet<string> = new Set([
  "gmail.com", "googlemail.com",
  "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "hotmail.co.uk", "live.com", "live.de", "msn.com",
  "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de", "mail.de",
  "icloud.com", "me.com", "mac.com",
  "yahoo.com", "yahoo.de", "yahoo.co.uk", "yahoo.fr", "ymail.com", "aol.com",
  "proton.me", "protonmail.com",
  "btinternet.com", "sky.com", "virginmedia.com",
  "orange.fr", "free.fr", "laposte.net", "sfr.fr",
  "libero.it", "virgilio.it", "inbox.lv",
]);

/** Votes with one user agent within this many minutes form one window. */
export const USER_AGENT_WINDOW_MINUTES = 10;
export const USER_AGENT_BURST_MIN_VOTES = 20;
/** The newest iPhone browser alone can be a fifth of all phones: only half of all votes from one exact browser build stands out. */
export const USER_AGENT_BURST_MAX_SHARE = 0.5;

/** The night hours, local time in the programme's time zone: from 01:00 up to (not including) 05:00. */
export const ODD_HOURS_START = 1;
export const ODD_HOURS_END = 5;
/** A night with this many votes or fewer is never reported, whatever its share. */
export const ODD_HOURS_MIN_VOTES = 20;
/**
 * Civic votes get two to five percent of a day's votes at night. More than this
 * share of a vote day (05:00 to 05:00 local, so the night ends it) is unusual.
 * A day only partly inside the vote counts as at least an average day of it,
 * so the first night after a midnight opening is not judged against nothing.
 */
export const ODD_HOURS_MAX_SHARE = 0.1;
