/** The district's calendar: "today" and every date rule are in China Standard Time. */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISTRICT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the district, "YYYY-MM-DD". */
export function today(now: Date = new Date()): string {
  return formatter.format(now);
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

export { addDays, addMonths } from '@zdyq/db/lifecycle';
