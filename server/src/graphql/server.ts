import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from '../context.ts';
import type { Logger } from '../logger.ts';
import { createFormatError } from './format-error.ts';
import { resolvers } from './resolvers.ts';

export const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

export function createApolloServer(log: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: the HTTP server, then Apollo, then the database.
    stopOnTerminationSignals: false,
    // The landing page loads from a CDN, which a closed government network cannot reach.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
}
