/**
 * Text a spreadsheet would take for a formula when someone edits the cell (=, +, -, @, or a tab or
 * carriage return first) gets an apostrophe in front, so a project named "=HYPERLINK(…)" stays
 * text in every workbook we write. The import takes the apostrophe off again.
 */
export function neutralize<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A row of cells, each neutralized. */
export const safeRow = (values: readonly unknown[]) => values.map(neutralize);
