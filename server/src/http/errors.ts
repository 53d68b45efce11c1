import type { ErrorRequestHandler, Request, Response } from 'express';
import { AppError, type ErrorCode, fromDatabaseError, httpStatus } from '../errors.ts';
import { type Language, languageOf, translate } from '../i18n/translate.ts';

/** The language an answer or a file is wanted in: `?lang=` (a download link sends no headers), else Accept-Language. */
export function requestLanguage(req: Request): Language {
  const asked = req.query?.lang;
  if (asked === 'en' || asked === 'zh') return asked;
  return languageOf(req.headers['accept-language']);
}

/**
 * The one place HTTP routes turn errors into responses: GraphQL's shape on /graphql
 * (`{ errors: [{ message, extensions: { code } }] }`), `{ error: { code, message } }` elsewhere.
 */
export function sendError(req: Request, res: Response, error: unknown): void {
  const known = error instanceof AppError ? error : (fromDatabaseError(error) ?? fromBodyParser(error));
  if (!known) req.log.error({ err: error }, 'unexpected error in an HTTP route');
  const code: ErrorCode | 'INTERNAL_SERVER_ERROR' = known?.code ?? 'INTERNAL_SERVER_ERROR';
  const message = translate(known?.message ?? '服务器内部错误', requestLanguage(req));
  const details = known?.details ?? {};
  const status = known ? (bodyParserStatus(error) ?? httpStatus(known.code)) : 500;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status);
  if (req.baseUrl.startsWith('/graphql') || req.path.startsWith('/graphql')) {
    res.json({ errors: [{ message, extensions: { code, ...details } }] });
  } else {
    res.json({ error: { code, message, ...details } });
  }
}

type BodyParserError = { type?: unknown; status?: unknown };

/** express.json's refusals: a body that is not JSON, too large, or in a charset we do not read. */
function fromBodyParser(error: unknown): AppError | undefined {
  const type = (error as BodyParserError | undefined)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new AppError('BAD_USER_INPUT', '请求内容不是有效的JSON', { field: 'body' });
    case 'entity.too.large':
      return new AppError('BAD_USER_INPUT', '请求内容过大', { field: 'body' });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError('BAD_USER_INPUT', '请求内容的编码不受支持，请使用UTF-8', { field: 'body' });
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return new AppError('BAD_USER_INPUT', '请求内容不完整', { field: 'body' });
    default:
      return undefined;
  }
}

function bodyParserStatus(error: unknown): number | undefined {
  const status = (error as BodyParserError | undefined)?.status;
  return typeof (error as BodyParserError | undefined)?.type === 'string' && typeof status === 'number'
    ? status
    : undefined;
}

/** Express's last handler: nothing reaches the client as an HTML page or a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => sendError(req, res, error);
