/** The chain overview: period KPIs with their comparisons, the store ranking and trends. */
import type { Knex } from 'knex';
import { addDays } from '#lib/time.ts';
import {
  change,
  compare,
  rank,
  RANK_KEYS,
  type Comparison,
  type RankedStore,
  type RankKey,
} from '../chain.ts';
import { lastYearPeriod, parseRange, previousPeriod } from '../filters.ts';
import { totals } from '../store-view.ts';
import { latestCompleteChainDate, storeTotals, storeTrends, type StoreDayVisitors } from './chain.ts';
import { storeOptions } from './store-page.ts';

/** The overview sums whole days over at most a quarter: enough for trends, bounded for 1,000 stores. */
export const CHAIN_MAX_DAYS = 92;
const DEFAULT_DAYS = 7;
/**
 * Stores the ranking lists unless all are asked for (?all=1): the first screenful in the
 * chosen order, so a 1,000-store chain's overview is not a megabyte of HTML.
 */
export const RANKING_SHOWN = 50;

export type ChainPage =
  | { kind: 'no-data' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'view';
      from: string;
      to: string;
      comparison: Comparison;
      previous: { from: string; to: string };
      lastYear: { from: string; to: string };
      ranking: RankedStore[];
      /** Stores ranked, of which `ranking` holds the first RANKING_SHOWN unless `all`. */
      rankingTotal: number;
      all: boolean;
      sort: RankKey;
      dir: 'asc' | 'desc';
      trends: Record<number, StoreDayVisitors[]>;
    };

export async function readChainPage(db: Knex, params: URLSearchParams): Promise<ChainPage> {
  const latest = await latestCompleteChainDate(db);
  if (latest === null) return { kind: 'no-data' };
  const withDefault = new URLSearchParams(params);
  if (!withDefault.get('from') && !withDefault.get('to'))
    withDefault.set('from', addDays(latest, 1 - DEFAULT_DAYS));
  const range = parseRange(withDefault, latest, CHAIN_MAX_DAYS);
  if (!range.ok) return { kind: 'invalid', message: range.message };
  const { from, to } = range.value;
  const sortParam = params.get('sort') ?? 'visitors';
  const sort = (RANK_KEYS as readonly string[]).includes(sortParam) ? (sortParam as RankKey) : 'visitors';
  const dir = params.get('dir') === 'asc' ? 'asc' : 'desc';
  const all = params.get('all') === '1';

  const previous = previousPeriod(from, to);
  const lastYear = lastYearPeriod(from, to);
  const [now, before, yearAgo, stores] = [
    await storeTotals(db, from, to),
    await storeTotals(db, previous.from, previous.to),
    await storeTotals(db, lastYear.from, lastYear.to),
    await storeOptions(db),
  ];
  const beforeById = new Map(before.map((s) => [s.storeId, s]));
  const labelOf = new Map(stores.map((s) => [s.id, s.label]));
  const ranked: RankedStore[] = now.map((s) => ({
    storeId: s.storeId,
    label: labelOf.get(s.storeId) ?? `Store #${s.storeId}`,
    ...totals([s]),
    visitorsChange: change(s.visitors, beforeById.get(s.storeId)?.visitors ?? null),
  }));
  const ordered = rank(ranked, sort, dir);
  const ranking = all ? ordered : ordered.slice(0, RANKING_SHOWN);
  const trendRows = await storeTrends(db, from, to, all ? undefined : ranking.map((s) => s.storeId));
  const trends: Record<number, StoreDayVisitors[]> = {};
  for (const r of trendRows) (trends[r.storeId] ??= []).push(r);
  return {
    kind: 'view',
    from,
    to,
    comparison: compare(now, before, yearAgo),
    previous,
    lastYear,
    ranking,
    rankingTotal: ordered.length,
    all,
    sort,
    dir,
    trends,
  };
}
