import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import { languageOf, translate } from '../i18n/translate.ts';

/**
 * Errors in the user's language (Accept-Language): the message, and the messages of each issue
 * a refused input lists. Everything else about an error — its code, its field — stays as it is.
 */
export const languagePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    const language = languageOf(request.http?.headers.get('accept-language'));
    if (language === 'zh') return {};
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
          const issues = error.extensions?.issues;
          return {
            ...error,
            message: translate(error.message, language),
            ...(Array.isArray(issues)
              ? {
                  extensions: {
                    ...error.extensions,
                    issues: issues.map((issue: { field: string; message: string }) => ({
                      ...issue,
                      message: translate(issue.message, language),
                    })),
                  },
                }
              : {}),
          };
        });
      },
    };
  },
};
