/**
 * The Content-Security-Policy both the desktop window and browser mode serve the renderer with:
 * only our own scripts, no eval, no remote code. Mantine injects <style> tags, hence inline styles.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
