// GraphQL Code Generator: types every GraphQL document of the dashboard (each in its own
// .graphql file beside the page that sends it) from the service's schema, and checks each
// document against it — a schema change that breaks a document fails `npm run build`
// (and so CI). The output (dashboard/gql/) is committed like dist/ and must be what this
// config makes: CI regenerates it and fails on a difference.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema.graphqls',
  documents: ['dashboard/**/*.graphql'],
  // a document that does not validate is an error, not a warning
  noSilentErrors: true,
  generates: {
    'dashboard/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // the documents as typed strings: the page sends the text, no GraphQL runtime is bundled
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // scalars as the service writes them in JSON
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        skipTypename: true,
      },
    },
  },
};

export default config;
