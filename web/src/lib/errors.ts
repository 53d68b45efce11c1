import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';

type ServerError = { message: string; code?: string; field?: string };

function firstError(error: unknown): ServerError | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const e = error.errors[0];
    if (!e) return undefined;
    return {
      message: e.message,
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : undefined,
      field: typeof e.extensions?.field === 'string' ? e.extensions.field : undefined,
    };
  }
  return undefined;
}

/** The server's code for a failed request (BAD_USER_INPUT, TWO_FACTOR_REQUIRED …), if it gave one. */
export function errorCode(error: unknown): string | undefined {
  return firstError(error)?.code;
}

/** The message to show for a failed request: the server's own words where it gave them. */
export function errorMessage(error: unknown, t: TFunction): string {
  const server = firstError(error);
  if (server) return server.message || t(`error.${server.code ?? 'unknown'}`);
  if (error instanceof TypeError) return t('error.network');
  return t('error.unknown');
}

/**
 * Puts a BAD_USER_INPUT error next to the form field it names; returns false when the error names
 * no field of this form, so the caller shows it another way.
 */
export function showFieldError(form: FormInstance, error: unknown): boolean {
  const server = firstError(error);
  if (server?.code !== 'BAD_USER_INPUT' || !server.field) return false;
  // The whole path first (nodes.2.months in a list), then the last part (input.name → name).
  const path = server.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  for (const name of [path, path.slice(-1)]) {
    if (!form.getFieldInstance(name)) continue;
    form.setFields([{ name, errors: [server.message] }]);
    return true;
  }
  return false;
}

/** The details of a CONFLICT (stale version): who changed the record and when, where the server knows. */
export function conflictOf(error: unknown): { changedBy: string | null; changedAt: string | null } | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const e = error.errors.find((x) => x.extensions?.code === 'CONFLICT');
  if (!e) return undefined;
  const { changedBy, changedAt } = e.extensions ?? {};
  return {
    changedBy: typeof changedBy === 'string' ? changedBy : null,
    changedAt: typeof changedAt === 'string' ? changedAt : null,
  };
}
