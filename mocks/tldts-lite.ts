// Mock-mode builds only (vite.config.ts aliases `tldts` here). MSW's cookie jar (tough-cookie)
// asks tldts for a host's registrable domain, and tldts carries the whole public suffix list:
// about 250 KB of script to parse before the demo can start. The demo never sets a cookie
// (sessions use a bearer token), so a plain answer is enough.
export function getDomain(host: string): string | null {
  if (/^[\d.]+$/.test(host) || host.includes(':')) return null; // IP addresses have no registrable domain
  const labels = host.split('.').filter(Boolean);
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
