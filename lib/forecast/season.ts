/**
 * The chain's retail calendar: how busy a date is for reasons that recur every year (the month,
 * the Christmas rush, the two legal sales periods). A few weeks of history cannot identify a
 * yearly cycle, so these indices are given to the model rather than learned; in a real chain
 * they come from last years' sales. The defaults are the reference chain's (docs/forecast.md
 * says so and why). Pure.
 */

export interface SeasonCalendar {
  /** Relative demand by month, index 0 = January. */
  months: readonly number[];
  /** The days before Christmas (inclusive, December) and their factor. */
  christmas: { fromDay: number; toDay: number; factor: number };
  /** Sales periods: four weeks from the second Wednesday of January and the last Wednesday of June. */
  sales: { firstWeek: number; laterWeeks: number; weeks: number };
}

export const DEFAULT_SEASON: SeasonCalendar = {
  months: [0.9, 0.85, 0.95, 1.0, 1.0, 1.0, 1.0, 0.85, 0.95, 1.0, 1.05, 1.2],
  christmas: { fromDay: 15, toDay: 24, factor: 1.3 },
  sales: { firstWeek: 1.4, laterWeeks: 1.2, weeks: 4 },
};

const DAY_MS = 86_400_000;

/** Day of month of the n-th (1-based) or, with n = -1, the last Wednesday of a month. */
function wednesday(year: number, month: number, n: number): number {
  if (n > 0) {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((3 - firstWeekday + 7) % 7) + 7 * (n - 1);
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - ((lastDay.getUTCDay() - 3 + 7) % 7);
}

function salesFactor(calendar: SeasonCalendar, dayMs: number, startMs: number): number {
  const days = (dayMs - startMs) / DAY_MS;
  if (days < 0 || days >= 7 * calendar.sales.weeks) return 1;
  return days < 7 ? calendar.sales.firstWeek : calendar.sales.laterWeeks;
}

/** Seasonal index of a local date (1 = an ordinary day of an average month). */
export function seasonIndex(localDate: string, calendar: SeasonCalendar = DEFAULT_SEASON): number {
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  const day = Number(localDate.slice(8, 10));
  const dayMs = Date.UTC(year, month - 1, day);
  let factor = calendar.months[month - 1]!;
  const { fromDay, toDay } = calendar.christmas;
  if (month === 12 && day >= fromDay && day <= toDay) factor *= calendar.christmas.factor;
  factor *= salesFactor(calendar, dayMs, Date.UTC(year, 0, wednesday(year, 1, 2)));
  factor *= salesFactor(calendar, dayMs, Date.UTC(year, 5, wednesday(year, 6, -1)));
  return factor;
}
