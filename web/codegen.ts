import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the client, generated from the server's contract and the fragments
// and operations written next to the components that use them.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
      },
    },
  },
};

export default config;
