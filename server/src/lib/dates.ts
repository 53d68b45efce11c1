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

export { addDays, addMonths } from '@zdyq/db/lifecycle';
