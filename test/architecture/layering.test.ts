import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/testCore';

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repositoryRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** Every import in `folder` that matches `forbidden`, as "file: import". */
function violations(folder: string, forbidden: RegExp): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => forbidden.test(specifier))
      .map((specifier) => `${relative(repositoryRoot, file)}: ${specifier}`),
  );
}

describe('the layering (where code may run)', () => {
  it('has source files to check', () => {
    expect(sourceFiles('src/core').length).toBeGreaterThan(5);
    expect(sourceFiles('src/renderer').length).toBeGreaterThan(5);
  });

  it('keeps src/core and src/contract free of Electron, React and Mantine', () => {
    const ui = /^(electron|react|react-dom|@mantine\/.*|wouter|@tabler\/.*)(\/.*)?$/;
    expect(violations('src/core', ui)).toEqual([]);
    expect(violations('src/contract', ui)).toEqual([]);
  });

  it('keeps src/core and src/contract out of the shell, the transports and the UI', () => {
    expect(violations('src/core', /\/(main|preload|renderer|server|cli|launcher)\//)).toEqual([]);
    expect(violations('src/contract', /\/(core|main|preload|renderer|server|cli|launcher)\//)).toEqual([]);
    expect(violations('src/contract', /^(?!zod$)[^.]/)).toEqual([]);
  });

  it('lets the renderer reach the application only through the contract', () => {
    expect(
      violations('src/renderer', /\/(core|main|server|cli|launcher)\/|^node:|^electron$|^better-sqlite3$/),
    ).toEqual([]);
  });

  it('keeps the sandboxed preload down to electron and the IPC names', () => {
    const allowed = new Set(['electron', '../contract/ipcProtocol', '../contract/contractError', './api']);
    const imports = sourceFiles('src/preload').flatMap(importsOf);
    expect(imports.filter((specifier) => !allowed.has(specifier))).toEqual([]);
  });
});
