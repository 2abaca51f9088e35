/**
 * The registrable domain (public suffix + one label) of a URL's host, so that `www.bbc.co.uk`
 * and `news.bbc.co.uk` count as one outlet.
 *
 * The suffixes below are a compact built-in list of common multi-part public suffixes, not the
 * full Public Suffix List: bundling and refreshing the PSL (some 10,000 rules) is not worth it
 * for telling outlets apart, and a suffix missing here only makes two sites of one country's
 * second-level zone (say `a.nic.xx` and `b.nic.xx`) look like one outlet. A few hosting
 * platforms are listed too, because their subdomains are different authors.
 */

const countrySecondLevels: Record<string, string> = {
  uk: "co org ac gov ltd plc me net sch nhs police",
  au: "com net org edu gov asn id",
  nz: "co org ac govt net school",
  jp: "co ne or ac go gr lg ed ad",
  br: "com gov org net edu",
  in: "co gov org net ac edu res nic firm gen ind",
  za: "co gov org ac net edu",
  cn: "com gov org net edu ac",
  hk: "com gov org net edu idv",
  tw: "com gov org net edu idv",
  sg: "com gov org net edu per",
  kr: "co go or ac ne re",
  th: "co go or ac in net",
  id: "co go or ac net sch web",
  il: "co gov org net ac muni",
  ir: "co gov org net ac sch",
  ae: "co gov org net ac",
  ke: "co go or ac ne",
  at: "co gv or ac",
  fr: "gouv asso",
  it: "gov edu",
  mx: "com gob org net edu",
  ar: "com gob org net edu",
  pe: "com gob org net edu",
  es: "com gob org edu",
  cy: "com gov org net ac",
  ...Object.fromEntries(
    "my ph pk co tr eg sa ng ua pl gr vn bd lk qa kw jo lb".split(" ").map((tld) => [tld, "com gov org net edu"]),
  ),
};

// Hosting platforms whose subdomains belong to different authors.
const platformSuffixes = ["blogspot.com", "wordpress.com", "substack.com", "tumblr.com", "github.io"];

const multiPartSuffixes: ReadonlySet<string> = new Set([
  ...Object.entries(countrySecondLevels).flatMap(([tld, labels]) => labels.split(" ").map((l) => `${l}.${tld}`)),
  ...platformSuffixes,
]);

/**
 * The registrable domain of a URL (or bare host name), lower-cased; null when it cannot be
 * parsed. An IP address, a single-label host and a host that is itself a public suffix are
 * returned whole.
 */
export function registrableDomain(urlOrHost: string): string | null {
  let host: string;
  try {
    host = new URL(urlOrHost.includes("://") ? urlOrHost : `http://${urlOrHost}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, "").toLowerCase();
  if (host === "") return null;
  if (host.startsWith("[") || /^\d+(\.\d+){3}$/.test(host)) return host;
  const labels = host.split(".");
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join(".");
  return multiPartSuffixes.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}
