import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the API's printed schema (`pnpm schema` refreshes schema.graphql). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
