import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { type Privileges, protocol } from 'electron';
import { contentSecurityPolicy } from '../contract/contentSecurityPolicy';

/** The renderer is served from app://airledger/ instead of file://, so it has a real origin. */
export const appScheme = 'app';
export const appHost = 'airledger';
export const appOrigin = `${appScheme}://${appHost}`;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Only what the renderer needs: `standard` gives app:// a real origin (relative URLs, storage),
 * `secure` makes it a secure context like https, `supportFetchAPI` lets it load its own module scripts
 * and assets. Never `bypassCSP`, `corsEnabled`, `allowServiceWorkers`, `stream` or `codeCache`.
 */
export const appSchemePrivileges: Privileges = { standard: true, secure: true, supportFetchAPI: true };

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
}

/** Serves the built renderer, every file with the strict Content-Security-Policy as a header. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Not found', { status: 404 });
    const filePath = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    const insideRoot = filePath.startsWith(rendererDir + sep);
    const target = insideRoot && extname(filePath) !== '' ? filePath : join(rendererDir, 'index.html');
    try {
      const body = await readFile(target);
      return new Response(body, {
        headers: {
          'content-type': mimeTypes[extname(target)] ?? 'application/octet-stream',
          'content-security-policy': contentSecurityPolicy,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
