const MAX_LENGTH = 400;

/** The User-Agent header as stored: printable characters only, trimmed, capped; null when there is nothing left. */
export function cleanUserAgent(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, MAX_LENGTH);
  return text || null;
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", every iPhone browser says "Mac OS X".
const browsers: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\b(OPR|Opera)\//, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(Firefox|FxiOS)\//, "Firefox"],
  [/\b(HeadlessChrome|Chrome|CriOS|Chromium)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];
const systems: [RegExp, string][] = [
  [/\b(iPhone|iPad|iPod)\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

const first = (list: [RegExp, string][], ua: string) => list.find(([pattern]) => pattern.test(ua))?.[1] ?? null;

/** "Firefox op Windows", for the list of sessions; the person recognises the device, nothing is decided on it. */
export function describeUserAgent(ua: string | null): string {
  const browser = ua ? first(browsers, ua) : null;
  const system = ua ? first(systems, ua) : null;
  if (browser && system) return `${browser} op ${system}`;
  if (browser) return `${browser} op een onbekend systeem`;
  if (system) return `Onbekende browser op ${system}`;
  return "Onbekende browser";
}
