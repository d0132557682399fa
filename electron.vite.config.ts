import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// One build produces everything that runs: the Electron main process, the CLI (which also
// hosts browser mode), the `npm start` launcher, the sandboxed preload and the renderer.
export default defineConfig({
  main: {
    plugins: [
      {
        // `npx airledger` runs out/main/cli.js itself: it must be executable once built.
        name: 'airledger-cli-executable',
        writeBundle(options) {
          chmodSync(resolve(options.dir ?? 'out/main', 'cli.js'), 0o755);
        },
      },
    ],
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
          launch: resolve(__dirname, 'src/launcher/launch.ts'),
          // verify's chain hashing runs on a worker thread, which loads this file by name.
          ledgerChainHashWorker: resolve(__dirname, 'src/core/ledger/chainHashWorker.ts'),
          // The workspace folds its write-ahead log back on a worker thread in long-lived hosts.
          walCheckpointWorker: resolve(__dirname, 'src/core/workspace/walCheckpointWorker.ts'),
          // A backup writes its snapshot on a worker thread, so calls go on being served meanwhile.
          workspaceSnapshotWorker: resolve(__dirname, 'src/core/workspace/snapshotWorker.ts'),
        },
        output: {
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react()],
  },
});
