import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../context.ts';
import { fromDatabaseError } from '../errors.ts';

/**
 * Root fields that work on the deployment as a whole and so run outside the account's scope: signing
 * in looks the account up among all, the audit chain is one chain across every region, and a backup is
 * of the whole database. They are asked alone: beside a scoped field they would wait on its transaction.
 */
const deploymentFields: ReadonlySet<string> = new Set([
  'login',
  'auditChainCheck',
  'archiveAuditLog',
  'backups',
  'startBackup',
]);

/**
 * A signed-in request's operation runs in one transaction in its account's scope (SPEC 2.1: row-level
 * security sees only the account's regions), opened once the operation is known and committed before
 * the answer is sent; an answer whose commit fails becomes SERVICE_UNAVAILABLE.
 */
export const scopePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    // Plugins' hooks run side by side: another may refuse the operation while the scope is still
    // opening, and the answer then must wait for it to open, to end it.
    let opening: Promise<void> | undefined;
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (!contextValue.openScope || !operation) return;
        const roots = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : null));
        const asked = roots.filter((name) => name !== '__typename');
        const deployment = asked.filter((name) => name !== null && deploymentFields.has(name));
        if (asked.length === 0 || deployment.length === asked.length) return;
        if (deployment.length > 0) {
          throw new GraphQLError(`${deployment.join('、')}须单独请求`, {
            extensions: { code: 'BAD_USER_INPUT', field: deployment[0], http: { status: 400 } },
          });
        }
        opening = contextValue.openScope(contextValue, operation.operation === 'query');
        await opening;
      },
      async willSendResponse({ contextValue, response }) {
        await opening?.catch(() => {});
        if (!contextValue.scope) return;
        try {
          // An answer replaced by the budget's one error changes nothing.
          await contextValue.scope.end(!contextValue.budget.overrun);
        } catch (error) {
          contextValue.log.error({ err: error }, 'the request transaction did not commit');
          const known = fromDatabaseError(error);
          response.http.status = 503;
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [
                {
                  message: known?.message ?? '数据库暂时不可用，请稍后重试',
                  extensions: { code: 'SERVICE_UNAVAILABLE' },
                },
              ],
            },
          };
        }
      },
    };
  },
};
