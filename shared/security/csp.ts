/**
 * The renderer's Content Security Policy: our own scripts only, no eval, no plugins, no inline
 * styles, and calls only to our own origin. The build writes it into `renderer/index.html`; the
 * loopback host also sends it as a header, with `frame-ancestors` (which a meta tag cannot carry).
 */
export const CONTENT_SECURITY_POLICY_META = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: toasoan-media:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`;

/** The development server injects styles and talks over a websocket; only `npm run dev` uses this. */
export const CONTENT_SECURITY_POLICY_DEV = CONTENT_SECURITY_POLICY_META.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
);
