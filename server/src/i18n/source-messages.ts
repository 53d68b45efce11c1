import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';

/**
 * The Chinese text of the server's source, read with a JavaScript parser (comments aside): every
 * string and template literal with a Chinese character, a template's `${…}` parts written {0},
 * {1}… in order. `messages` are those a refusal is made of: the text given to an error, to a
 * validation rule or to a helper that names a field; `all` is every such literal, messages or not
 * (audit notes, file names). The files named in `wholly` (the workbooks') count every literal as
 * a message. Used by the catalogue's tests only.
 */
export function sourceTexts(root: string, wholly: readonly string[] = []): { messages: Set<string>; all: Set<string> } {
  const messages = new Set<string>();
  const all = new Set<string>();
  for (const file of tsFiles(root)) {
    const ast = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['typescript'] });
    visit(ast.program, wholly.includes(relative(root, file)), (text, inMessage) => {
      all.add(text);
      if (inMessage) messages.add(text);
    });
  }
  return { messages, all };
}

/** Calls whose arguments are, or name the field of, a message the user sees. */
const messageCalls = new Set([
  'AppError',
  'GraphQLError',
  'badInput',
  'invalid',
  'fileError',
  'CellError',
  // zod rules with their message
  'min',
  'max',
  'int',
  'regex',
  'refine',
  'uuid',
  'enum',
  'string',
  'array',
  'email',
  'addIssue',
  // helpers that name the field in their messages
  'requiredText',
  'singleLine',
  'text',
  'decimal',
  'decimalText',
  'isoDate',
  'id',
  'amount',
  'dateField',
]);

const CJK = /[\u4e00-\u9fff]/;
type Node = { type: string; [key: string]: unknown };

function visit(node: unknown, inMessage: boolean, found: (text: string, inMessage: boolean) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) visit(child, inMessage, found);
    return;
  }
  const n = node as Node;
  if (typeof n.type !== 'string') return;
  let text: string | undefined;
  if (n.type === 'StringLiteral') text = n.value as string;
  if (n.type === 'TemplateLiteral') {
    const quasis = n.quasis as Array<{ value: { cooked: string } }>;
    text = quasis.map((q, i) => q.value.cooked + (i < quasis.length - 1 ? `{${i}}` : '')).join('');
  }
  if (text !== undefined && CJK.test(text)) found(text, inMessage);
  let message = inMessage;
  if (n.type === 'CallExpression' || n.type === 'NewExpression') {
    const callee = n.callee as Node;
    const name =
      callee.type === 'Identifier'
        ? (callee.name as string)
        : callee.type === 'MemberExpression'
          ? ((callee.property as Node).name as string)
          : undefined;
    if (name && messageCalls.has(name)) {
      for (const arg of n.arguments as unknown[]) visit(arg, true, found);
      visit(callee, inMessage, found);
      return;
    }
  }
  // { message: '…' } (zod issues), and text kept in a constant (WRONG_CREDENTIALS, FORBIDDEN_MESSAGE).
  if (n.type === 'ObjectProperty' && (n.key as Node).name === 'message') message = true;
  if (n.type === 'VariableDeclarator' && /^[A-Z][A-Z0-9_]+$/.test(((n.id as Node).name as string) ?? ''))
    message = true;
  for (const [key, value] of Object.entries(n)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
    visit(value, message, found);
  }
}

function tsFiles(root: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      if (relative(root, path) !== 'generated') files.push(...tsFiles(path));
    } else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts')) files.push(path);
  }
  return files;
}
