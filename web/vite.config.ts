import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/api': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
    },
  },
  build: { chunkSizeWarningLimit: 1500 },
  test: { include: ['src/**/*.test.{ts,tsx}'] },
});
