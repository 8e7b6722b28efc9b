/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    // BUILD_DIR lets a second build (screenshots while tests run) stay out of the way.
    outDir: process.env.BUILD_DIR ?? 'dist',
    // One small entry chunk; React and Konva are large but needed for the first plate.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/healthz': 'http://localhost:8080',
      '/ws': { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'server', include: ['tests/server/**/*.test.ts'], exclude: ['tests/server/attackLoad.test.ts', 'tests/server/revealLoad.test.ts'], environment: 'node', testTimeout: 20000 },
      },
      {
        extends: true,
        // Timed tests (attacks held for 30 s each, the reveal's pauses): one file at a time, after the others.
        test: { name: 'load', include: ['tests/server/attackLoad.test.ts', 'tests/server/revealLoad.test.ts'], environment: 'node', testTimeout: 60000, hookTimeout: 60000, fileParallelism: false },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 60000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
