import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** How to start a worker thread: a built file, or code that loads the TypeScript source. */
export interface WorkerScript {
  script: string;
  eval: boolean;
}

/**
 * Where a worker's code is: its built file (`electron.vite.config.ts` builds each worker as an entry
 * of its own, beside the bundle's chunks), else its TypeScript source when running from source
 * (tests, benchmarks, tsx). `callerFolder` is the `__dirname` of the module that starts the worker.
 */
export function locateWorkerScript(
  callerFolder: string,
  builtFileName: string,
  sourceFileName: string,
): WorkerScript | undefined {
  for (const folder of [callerFolder, join(callerFolder, '..')]) {
    const built = join(folder, builtFileName);
    if (existsSync(built)) return { script: built, eval: false };
  }
  const source = join(callerFolder, sourceFileName);
  if (existsSync(source)) {
    // Running from source: the worker needs the same TypeScript loader as its parent.
    return {
      script: `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`,
      eval: true,
    };
  }
  return undefined;
}
