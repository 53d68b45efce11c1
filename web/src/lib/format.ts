/**
 * The one way the product writes numbers: counts whole, percentages and scores with one decimal,
 * amounts in 亿元 as exact as entered (up to four decimals) without trailing zeros. A missing value is "—".
 */

const MISSING = '—';

type Maybe = number | null | undefined;

function grouped(value: number, decimals: { min: number; max: number }): string {
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals.min,
    maximumFractionDigits: decimals.max,
  }).format(value);
}

/** A figure against a target: whole when whole, else one decimal (3, 12.5). */
export function formatFigure(value: Maybe): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return Number.isInteger(value) ? grouped(value, { min: 0, max: 0 }) : grouped(value, { min: 1, max: 1 });
}

/** A score (the race's 0–100), always with one decimal. */
export function formatScore(value: Maybe): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return grouped(value, { min: 1, max: 1 });
}

/** A percentage, always with one decimal: 150.0%, 91.2%, 73.3%. */
export function formatPercent(value: Maybe): string {
  const score = formatScore(value);
  return score === MISSING ? MISSING : `${score}%`;
}

/**
 * An amount in 亿元 as the server sends it (a decimal string, exact): grouped, at most four decimals,
 * trailing zeros dropped. The string is never turned into a float, so 12.3456 stays 12.3456.
 */
export function formatAmount(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return MISSING;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole = '0', fraction = ''] = match;
  const decimals = fraction.slice(0, 4).replace(/0+$/, '');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${withCommas}${decimals ? `.${decimals}` : ''}`;
}

/** A file's size in bytes, KB, MB or GB (1024s), one decimal past bytes. */
export function formatBytes(value: Maybe): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = value;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${grouped(size, { min: 0, max: 0 })} B` : `${grouped(size, { min: 1, max: 1 })} ${units[unit]}`;
}
