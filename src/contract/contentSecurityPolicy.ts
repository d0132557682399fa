/**
 * The Content-Security-Policy directives both the desktop window (app:// protocol handler) and browser
 * mode (loopback server) serve the renderer with: only our own scripts, no eval, no inline script, no
 * remote code, no plugins, no frames, no forms posted anywhere, nobody may frame us.
 */
export const contentSecurityPolicyDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Mantine (and its CSS variables resolver) injects <style> elements and style attributes at run time,
  // so styles need 'unsafe-inline'. Inline styles cannot run code; scripts stay strictly 'self'.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // Desktop calls go over IPC; browser mode calls its own loopback server. Nothing else is reached.
  'connect-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** The header value: `directive source source; directive source; ...`. */
export function serializeContentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>>,
): string {
  return Object.entries(directives)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

export const contentSecurityPolicy = serializeContentSecurityPolicy(contentSecurityPolicyDirectives);
