import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * Serves a file of the built renderer. Paths are resolved inside `rootDir` only; anything that is
 * not a file there gets index.html, because the renderer routes on the client.
 */
export function serveStaticFile(rootDir: string, urlPath: string, response: ServerResponse): void {
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(urlPath.split('?', 1)[0] ?? '/');
  } catch {
    response.writeHead(400).end('Bad path');
    return;
  }
  const candidate = normalize(join(rootDir, relativePath));
  const insideRoot =
    candidate === rootDir || candidate.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep);
  const isFile = insideRoot && existsSync(candidate) && statSync(candidate).isFile();
  const filePath = isFile ? candidate : join(rootDir, 'index.html');
  if (!existsSync(filePath)) {
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The renderer is not built: run `npm run build` first.');
    return;
  }
  const immutable = isFile && relativePath.startsWith('/assets/');
  response.writeHead(200, {
    'content-type': contentTypes[extname(filePath)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(filePath).pipe(response);
}
