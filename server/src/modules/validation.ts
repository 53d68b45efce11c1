import { z } from 'zod';
import { badInput } from '../errors.ts';
import { CONTROL_CHARACTER_MESSAGE, findControlCharacter, hasLineBreak } from '../lib/text.ts';

// Messages a schema does not spell out itself come in Chinese, like the rest of the product.
z.config(z.locales.zhCN());

/**
 * Validates input with a zod schema; the first problem becomes BAD_USER_INPUT naming the field
 * (dotted path for nested input) with the schema's Chinese message.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const control = findControlCharacter(input);
  if (control) throw badInput(control.join('.') || 'input', CONTROL_CHARACTER_MESSAGE);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw badInput(field, issue?.message ?? '输入不正确', {
    issues: result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
  });
}

/**
 * A name or title, trimmed: one line, so it cannot start lines of its own where it is shown or
 * sent (messages, documents); at most `max` characters. The messages name the field.
 */
export const singleLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => !hasLineBreak(v), `${label}不能换行`)
    .max(max, `${label}不能超过${max}个字`);

/** A name or title that must be given. */
export const requiredText = (label: string, max: number) => singleLine(label, max).min(1, `${label}不能为空`);
