import { trimDecimal } from '@zdyq/db/schema';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * A real calendar date in "YYYY-MM-DD" form between 1900 and 2199, or undefined: nothing in a
 * project's life falls outside, and PostgreSQL has no year 0.
 */
export function parseIsoDate(value: string): string | undefined {
  if (!/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value) ? value : undefined;
}

function literal(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined;
}

function parseDate(value: unknown): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (!date) throw invalid('日期格式应为 YYYY-MM-DD，且为1900至2199年间的真实日期');
  return date;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

function parseDateTime(value: unknown): Date {
  const d = typeof value === 'string' ? new Date(value) : undefined;
  if (!d || Number.isNaN(d.getTime())) throw invalid('时间格式应为 ISO-8601');
  return d;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});

const DECIMAL = /^-?\d{1,12}(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) throw invalid('数值格式不正确，应为如 "10.5" 的十进制数');
  return text.trim();
}

/** Decimals travel as strings so 亿元 amounts are never rounded by floating point. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  serialize: (value) => trimDecimal(String(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literal(ast)),
});
