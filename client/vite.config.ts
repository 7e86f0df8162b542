import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The wire types and helpers compile straight from shared's sources: one definition, no build step in between.
    // The titled classification tree is its own entry, so only the pages that show titles load its data.
    alias: [
      {
        find: /^@pavilion\/shared\/classification$/,
        replacement: fileURLToPath(new URL('../shared/src/classification/classification.ts', import.meta.url)),
      },
      { find: /^@pavilion\/shared$/, replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The 3D chunk (three + R3F) is large by nature; it loads lazily, behind a progress bar.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // zod in a chunk of its own: only the pages with forms use it. Otherwise it is merged into whichever shared
        // chunk the same pages load (the Intl helpers, say), and the lobby would load and run it for nothing.
        codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ }] },
      },
    },
  },
  server: {
    proxy: {
      '/api': api,
      '/metrics': api,
      '/socket.io': { target: api, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': api,
      '/metrics': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
