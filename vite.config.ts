import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serviceWorker } from './src/node/service-worker-build.ts';

// `base: './'` makes the built app work from any sub-path (a GitHub Pages project site).
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [svelte(), serviceWorker()],
  build: {
    target: 'es2022',
    // The e2e build also carries the storage bench page (npm run bench); the user's build does not.
    ...(mode === 'e2e' ? { rolldownOptions: { input: { main: 'index.html', bench: 'bench.html' } } } : {}),
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // A hang guard, not a speed limit: the CLI tests start Node and load the reader's weights on a shared 2-core machine.
    testTimeout: 30_000,
    environment: 'node',
  },
}));
