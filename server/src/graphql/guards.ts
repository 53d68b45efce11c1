import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import { CONTROL_CHARACTER_MESSAGE, findControlCharacter } from '../lib/text.ts';

/**
 * Refuses control characters in any argument before its resolver runs, naming the field as the
 * services do: the path inside an input object (`input.name` → `name`), else the argument.
 */
export const controlCharacterPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async executionDidStart() {
        return {
          willResolveField({ args }) {
            const path = findControlCharacter(args);
            if (!path) return;
            const [arg, ...inside] = path;
            throw badInput(inside.length > 0 ? inside.join('.') : String(arg), CONTROL_CHARACTER_MESSAGE);
          },
        };
      },
    };
  },
};

/** A request that failed because the database is unreachable answers 503, as /healthz does. */
export const unavailableStatusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
      },
    };
  },
};
