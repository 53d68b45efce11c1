/** The district's calendar: "today" and every date rule are in China Standard Time. */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISTRICT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Every time zone's day starts on a whole minute: the date is formatted once a minute, not per call.
let lastMinute = Number.NaN;
let lastDay = '';

/** Today's date in the district, "YYYY-MM-DD". */
export function today(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = formatter.format(now);
    lastMinute = minute;
  }
  return lastDay;
}

const timeFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISTRICT_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment in the district's time, "YYYY-MM-DD HH:mm:ss", as records and exports show it. */
export function formatDateTime(at: Date): string {
  return `${formatter.format(at)} ${timeFormatter.format(at)}`;
}

/** A month "YYYY-MM". */
export const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** The last day of a month "YYYY-MM". */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The month before "YYYY-MM". */
export function monthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** The month after "YYYY-MM". */
export function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

export { addDays, addMonths } from '@zdyq/db/lifecycle';

/** Whole days from one date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
