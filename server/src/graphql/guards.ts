import type { ApolloServerPlugin } from '@apollo/server';
import { type ASTNode, GraphQLError, Kind, visit } from 'graphql';
import type { Context } from '../context.ts';
import { AppError, badInput, httpStatus } from '../errors.ts';
import { CONTROL_CHARACTER_MESSAGE, findControlCharacter, hasControlCharacter } from '../lib/text.ts';
import { recordDenial } from '../modules/audit/audit.events.ts';
import { restrictionError, type SessionRestriction } from '../modules/auth/session.ts';

/**
 * Refuses control characters in any text a request carries, before anything runs, naming the
 * field as the services do: the path inside an input object (`input.name` → `name`), else the
 * argument. Literals in the query and values of variables are both checked, once per request.
 */
export const controlCharacterPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const variables = request.variables ?? {};
        visit(document, {
          StringValue(node, _key, parent, _path, ancestors) {
            if (hasControlCharacter(node.value)) throw refuse(usedAs([...ancestors, parent]) ?? 'query');
          },
          Variable(node, _key, parent, _path, ancestors) {
            if (isNode(parent) && parent.kind === Kind.VARIABLE_DEFINITION) return;
            const inside = findControlCharacter(variables[node.name.value]);
            if (!inside) return;
            throw refuse(inside.length > 0 ? inside.join('.') : (usedAs([...ancestors, parent]) ?? node.name.value));
          },
        });
      },
    };
  },
};

function refuse(field: string): GraphQLError {
  const error = badInput(field, CONTROL_CHARACTER_MESSAGE);
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status: 400 } },
  });
}

/** The argument or input field a value is given for: the nearest named ancestor (the parent last). */
function usedAs(ancestors: ReadonlyArray<unknown>): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (isNode(node) && (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD)) return node.name.value;
  }
  return undefined;
}

const isNode = (value: unknown): value is ASTNode =>
  typeof value === 'object' && value !== null && 'kind' in value && !Array.isArray(value);

/** What a restricted session may still ask: who it is, and the way out of its restriction — only that one. */
const whoAmI = ['__typename', 'me', 'myAccount', 'appConfig', 'signInOptions', 'logout', 'logoutEverywhere'];
const allowedWhileRestricted: Record<SessionRestriction, ReadonlySet<string>> = {
  // A second factor is enrolled by the holder of the password, so only after the forced change.
  PASSWORD_CHANGE: new Set([...whoAmI, 'changePassword']),
  TWO_FACTOR_ENROLMENT: new Set([...whoAmI, 'changePassword', 'startTwoFactorEnrolment', 'confirmTwoFactor']),
  TWO_FACTOR_CODE: new Set([...whoAmI, 'verifySignInCode']),
};

/**
 * A session with an initial, reset or expired password, or an administrator still to enrol a
 * required second factor, gets PASSWORD_CHANGE_REQUIRED / TWO_FACTOR_REQUIRED for anything else.
 */
export const restrictionPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (!contextValue.restriction) return;
        const allowed = allowedWhileRestricted[contextValue.restriction];
        const free = (operation?.selectionSet.selections ?? []).every(
          (s) => s.kind === Kind.FIELD && allowed.has(s.name.value),
        );
        if (free) return;
        const error = restrictionError(contextValue.restriction);
        throw new GraphQLError(error.message, {
          originalError: error,
          extensions: { code: error.code, http: { status: httpStatus(error.code) } },
        });
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

/** Every refusal for lack of rights goes into the audit log, naming the operation (等保: 越权访问审计). */
export const denialAuditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operation, operationName }) {
        const denied = errors
          .map((e) => e.originalError)
          .find((e): e is AppError => e instanceof AppError && e.code === 'FORBIDDEN');
        if (!denied) return;
        const fields = (operation?.selectionSet.selections ?? []).flatMap((s) =>
          s.kind === Kind.FIELD ? [s.name.value] : [],
        );
        await recordDenial(contextValue.db, {
          actor: contextValue.actor,
          what: [operation?.operation ?? 'query', operationName, fields.join(',')].filter(Boolean).join(' '),
          permission: denied.details.permission,
          ip: contextValue.ip,
          requestId: contextValue.requestId,
          log: contextValue.log,
        });
      },
    };
  },
};
