// Is this form post from one of our own pages? A cross-site page must not be
// able to accept an invitation (and so sign someone in) behind their back.
// Browsers say where a request came from in Sec-Fetch-Site, which pages cannot
// forge; older ones only send Origin. The invitation page sends no referrer
// (the token is in its address), and then Chrome sends "Origin: null", so
// Sec-Fetch-Site is asked first.
export function isSameOriginPost(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin";
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
