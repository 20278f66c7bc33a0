import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` makes the built app work from any sub-path (a GitHub Pages project site).
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022' },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
