import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import type { Logger } from '../logger.ts';
import { createFormatError } from './format-error.ts';
import { controlCharacterPlugin, denialAuditPlugin, restrictionPlugin, unavailableStatusPlugin } from './guards.ts';
import { languagePlugin } from './language.ts';
import { armorProtection, budgetPlugin, parseOptions } from './limits.ts';
import { resolvers } from './resolvers.ts';
import { scopePlugin } from './scope.ts';

export const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

export function createApolloServer(
  log: Logger,
  config: Pick<Config, 'env' | 'requestTimeoutMs'>,
): ApolloServer<Context> {
  const armor = armorProtection(config.env);
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    // One operation per request: a batch would multiply every limit below.
    allowBatchedHttpRequests: false,
    parseOptions,
    validationRules: armor.validationRules,
    // main.ts owns shutdown: the HTTP server, then Apollo, then the database.
    stopOnTerminationSignals: false,
    plugins: [
      // The landing page loads from a CDN, which a closed government network cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers, and no per-field cost of computing cache hints for it.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      budgetPlugin(config.requestTimeoutMs),
      controlCharacterPlugin,
      restrictionPlugin,
      scopePlugin,
      denialAuditPlugin,
      unavailableStatusPlugin,
      languagePlugin,
    ],
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
}
