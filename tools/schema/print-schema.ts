/**
 * Prints the GraphQL schema from the resolvers' code, without a database or any service:
 * `npm run schema` writes apps/api/src/schema.gql; `--check` fails when the committed file is stale.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_RESOLVERS } from '../../apps/api/src/resolvers';

const SCHEMA_FILE = resolve(__dirname, '../../apps/api/src/schema.gql');
const HEADER = '# Generated from the API code by `npm run schema`. Do not edit by hand.\n\n';

async function main() {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
  await app.close();
  const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printed) {
      console.error('apps/api/src/schema.gql is stale: run `npm run schema` and commit the result.');
      process.exit(1);
    }
    console.log('schema.gql is up to date.');
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
