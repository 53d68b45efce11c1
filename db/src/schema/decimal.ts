import { customType } from 'drizzle-orm/pg-core';

/** "12.5000" → "12.5", "10.0000" → "10": how decimals read from the database are shown and compared. */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/**
 * An exact decimal column (PostgreSQL numeric) read as a trimmed string, so "12.0000" and "12"
 * never differ in the audit log or the API.
 */
export const decimal = customType<{ data: string; driverData: string; config: { precision: number; scale: number } }>({
  dataType: (config) => `numeric(${config?.precision ?? 16}, ${config?.scale ?? 4})`,
  fromDriver: (value) => trimDecimal(String(value)),
});
