import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` makes the built app work from any sub-path (a GitHub Pages project site).
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    // The e2e build also carries the storage bench page (npm run bench); the user's build does not.
    ...(mode === 'e2e' ? { rolldownOptions: { input: { main: 'index.html', bench: 'bench.html' } } } : {}),
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
}));
