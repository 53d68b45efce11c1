import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { babelOptimizerPlugin as codegenDocuments } from '@graphql-codegen/client-preset';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

// react-router's package exports only its development build (with its dev-time checks);
// the production build sits beside it.
const reactRouterDir = dirname(createRequire(import.meta.url).resolve('react-router/package.json'));

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    // Each graphql() call becomes an import of its own document: a page's chunk carries the
    // documents it uses, not the map of every document of the app.
    babel({
      include: /src[\\/].*\.tsx?$/,
      exclude: /src[\\/]gql[\\/]|node_modules/,
      sourceMap: false,
      plugins: [[codegenDocuments, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }]],
    }),
    // Precompressed beside each file; the server sends the .br or .gz the browser accepts.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
  ],
  resolve: {
    alias:
      command === 'build'
        ? [{ find: /^react-router$/, replacement: join(reactRouterDir, 'dist/production/index.mjs') }]
        : [],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/api': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
    },
  },
  // The manifest tells the size budget (scripts/size.mjs) which chunks each screen loads.
  build: { chunkSizeWarningLimit: 1500, manifest: true },
  test: { include: ['src/**/*.test.{ts,tsx}'] },
}));
