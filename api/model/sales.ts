/**
 * Till activity, drawn from the TRUE footfall (the tills never see sensor faults), so
 * visitors and sales are consistent, unlike the original where they were independent.
 */
import type { StoreHourTruth } from './footfall.ts';
import { Rng, hourIndex, uniformOf } from './random.ts';

export const MIN_CONVERSION = 0.15;
export const MAX_CONVERSION = 0.3;
/** Median basket in EUR for an average store; the distribution is log-normal (right-skewed). */
export const MEDIAN_BASKET_EUR = 32;
export const BASKET_SIGMA = 0.55;

/** Share of visitors who buy, by store, weekday and local hour; always within 15-30%. */
export function conversionRate(storeId: number, weekday: number, localHour: number): number {
  let rate = 0.18 + 0.06 * uniformOf(['conversion', storeId]);
  if (weekday === 6) rate -= 0.02; // Saturday crowds include more browsers.
  if (weekday === 1) rate += 0.01; // Monday visitors come with a purpose.
  if (localHour === 12 || localHour === 13) rate += 0.02;
  if (localHour >= 17 && localHour <= 19) rate += 0.03;
  if (localHour < 11) rate -= 0.01;
  return Math.min(MAX_CONVERSION, Math.max(MIN_CONVERSION, rate));
}

/** A store's price level: some sell dearer baskets than others. */
function basketMedian(storeId: number): number {
  return MEDIAN_BASKET_EUR * (0.8 + 0.45 * uniformOf(['basket', storeId]));
}

/** Baskets drawn one by one; beyond, their sum is drawn from its normal limit (fast, same law). */
export const EXACT_BASKETS = 60;
/** E[1 / U(8, 20)]: expected items per EUR when one article costs 8-20 EUR. */
const ITEMS_PER_EUR = Math.log(20 / 8) / 12;

export interface StoreHourSales {
  conversionRate: number;
  transactions: number;
  /** EUR, a sum of baskets in whole cents. */
  revenue: number;
  items: number;
}

export function storeSales(truth: StoreHourTruth): StoreHourSales {
  const { store, local } = truth;
  const rate = conversionRate(store.store_id, local.weekday, local.localHour);
  if (truth.footfall === 0) return { conversionRate: rate, transactions: 0, revenue: 0, items: 0 };
  const rng = new Rng(['sales', store.store_id, hourIndex(truth.hour_utc)]);
  const transactions = rng.binomial(truth.footfall, rate);
  const median = basketMedian(store.store_id);
  let cents = 0;
  let items = 0;
  const exact = Math.min(transactions, EXACT_BASKETS);
  for (let i = 0; i < exact; i++) {
    const basketCents = Math.max(100, Math.round(rng.logNormal(median, BASKET_SIGMA) * 100));
    cents += basketCents;
    // Items follow the basket: one article costs 8-20 EUR.
    items += Math.max(1, Math.round(basketCents / 100 / rng.between(8, 20)));
  }
  const rest = transactions - exact;
  if (rest > 0) {
    const s2 = BASKET_SIGMA * BASKET_SIGMA;
    const mean = median * Math.exp(s2 / 2);
    const sd = Math.sqrt((Math.exp(s2) - 1) * median * median * Math.exp(s2));
    const restCents = Math.max(
      rest * 100,
      Math.round((rest * mean + Math.sqrt(rest) * sd * rng.normal()) * 100),
    );
    cents += restCents;
    items += Math.max(rest, Math.round((restCents / 100) * ITEMS_PER_EUR));
  }
  return { conversionRate: rate, transactions, revenue: cents / 100, items };
}
