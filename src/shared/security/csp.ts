/**
 * The app loads nothing from the network: every source is the app itself.
 * React's style attributes are set through the CSSOM, which `style-src 'self'` allows; no inline scripts.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** For the `<meta>` tag in index.html: it holds wherever the page is served from. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** For response headers, where `frame-ancestors` takes effect (browsers ignore it in `<meta>`). */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
