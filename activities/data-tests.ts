/**
 * Data tests run after every day build, dbt-style: each is one small named query that selects
 * the rows breaking a rule for one local date; a test passes when it selects none. Plain knex
 * builders, so the same SQL runs on SQLite, PostgreSQL and SQL Server.
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '../lib/db/naming.ts';
import { num } from '../lib/db/values.ts';

export interface DataTest {
  name: string;
  /** The table the rule is about. */
  model: string;
  /** The offending rows of `date`. */
  failing(db: Knex | Knex.Transaction, t: Tables, date: string): Knex.QueryBuilder;
}

export interface DataTestResult {
  test_name: string;
  model: string;
  status: 'pass' | 'fail';
  failing_rows: number;
}

type Tables = Record<
  'sensorHourly' | 'storeHourly' | 'storeDaily' | 'dataQualityDaily' | 'dimStoreDate',
  string
>;

export function tables(db: Knex | Knex.Transaction): Tables {
  const q = (name: string) => tableRef(db as Knex, 'analytics', name).qualified;
  return {
    sensorHourly: q(ANALYTICS.sensorHourly),
    storeHourly: q(ANALYTICS.storeHourly),
    storeDaily: q(ANALYTICS.storeDaily),
    dataQualityDaily: q(ANALYTICS.dataQualityDaily),
    dimStoreDate: q(ANALYTICS.dimStoreDate),
  };
}

function uniqueKey(name: string, model: keyof Tables, modelName: string, key: string[]): DataTest {
  return {
    name,
    model: modelName,
    failing: (db, t, date) =>
      db(t[model]).where('local_date', date).groupBy(key).select(key).havingRaw('count(*) > 1'),
  };
}

/** One rule on both store models (`<table>_<rule>`): the day's rows that `breaks` selects fail. */
function onStoreModels(rule: string, breaks: (w: Knex.QueryBuilder) => Knex.QueryBuilder): DataTest[] {
  return (['storeHourly', 'storeDaily'] as const).map((model) => ({
    name: `${ANALYTICS[model]}_${rule}`,
    model: ANALYTICS[model],
    failing: (db, t, date) => db(t[model]).where('local_date', date).andWhere(breaks).select('store_id'),
  }));
}

const STATUSES = ['measured', 'imputed', 'corrected', 'excluded'];

export const DATA_TESTS: readonly DataTest[] = [
  uniqueKey('sensor_hourly_unique_key', 'sensorHourly', ANALYTICS.sensorHourly, [
    'store_id',
    'sensor_id',
    'hour_utc',
  ]),
  uniqueKey('store_hourly_unique_key', 'storeHourly', ANALYTICS.storeHourly, ['store_id', 'hour_utc']),
  uniqueKey('store_daily_unique_key', 'storeDaily', ANALYTICS.storeDaily, ['store_id', 'local_date']),
  uniqueKey('data_quality_daily_unique_key', 'dataQualityDaily', ANALYTICS.dataQualityDaily, [
    'store_id',
    'sensor_id',
    'local_date',
  ]),
  {
    // An estimate everywhere except where the status says none was possible.
    name: 'sensor_hourly_not_null',
    model: ANALYTICS.sensorHourly,
    failing: (db, t, date) =>
      db(t.sensorHourly)
        .where('local_date', date)
        .andWhere((w) =>
          w
            .whereNotIn('status', STATUSES)
            .orWhereNull('status')
            .orWhereNull('reason')
            .orWhereNull('method')
            .orWhere((x) => x.whereNull('visitors').andWhereNot('status', 'excluded'))
            .orWhere((x) => x.whereNotNull('visitors').andWhere('status', 'excluded')),
        )
        .select('store_id', 'sensor_id', 'hour_utc'),
  },
  ...onStoreModels('not_null', (w) =>
    w.whereNull('visitors').orWhereNull('visitors_measured').orWhereNull('imputed_share'),
  ),
  {
    name: 'store_hourly_sum_of_sensors',
    model: ANALYTICS.storeHourly,
    failing: (db, t, date) => {
      const sensors = db(t.sensorHourly)
        .where('local_date', date)
        .groupBy('store_id', 'hour_utc')
        .select('store_id', 'hour_utc')
        .sum({ visitors: db.raw('coalesce(visitors, 0)') })
        .sum({ measured: db.raw("case when status = 'measured' then visitors else 0 end") })
        .as('s');
      return db(`${t.storeHourly} as h`)
        .leftJoin(sensors, (j) => j.on('s.store_id', 'h.store_id').andOn('s.hour_utc', 'h.hour_utc'))
        .where('h.local_date', date)
        .andWhere((w) =>
          w
            .whereRaw('coalesce(s.visitors, 0) <> h.visitors')
            .orWhereRaw('coalesce(s.measured, 0) <> h.visitors_measured'),
        )
        .select('h.store_id', 'h.hour_utc');
    },
  },
  {
    name: 'store_daily_sum_of_hours',
    model: ANALYTICS.storeDaily,
    failing: (db, t, date) => {
      const hours = db(t.storeHourly)
        .where('local_date', date)
        .groupBy('store_id')
        .select('store_id')
        .sum({
          visitors: 'visitors',
          measured: 'visitors_measured',
          transactions: 'transactions',
          revenue: 'revenue',
        })
        .as('h');
      return db(`${t.storeDaily} as d`)
        .leftJoin(hours, 'h.store_id', 'd.store_id')
        .where('d.local_date', date)
        .andWhere((w) =>
          w
            .whereNull('h.store_id')
            .orWhereRaw('h.visitors <> d.visitors')
            .orWhereRaw('h.measured <> d.visitors_measured')
            .orWhereRaw('h.transactions <> d.transactions')
            // Money is summed to the cent on both sides; more than half a cent apart is a real gap.
            .orWhereRaw('abs(h.revenue - d.revenue) > 0.005'),
        )
        .select('d.store_id');
    },
  },
  ...onStoreModels('rates_in_bounds', (w) =>
    w
      .where('conversion_rate', '<', 0)
      .orWhere('conversion_rate', '>', 1)
      .orWhere('imputed_share', '<', 0)
      .orWhere('imputed_share', '>', 1),
  ),
  {
    // Every UTC hour of the store-local day (23 to 25, per the store's time zone) has its
    // sensor rows, and every store of the calendar has its day: an hour never ingested fails.
    name: 'expected_hours_present',
    model: ANALYTICS.storeDaily,
    failing: (db, t, date) => {
      const hours = db(t.sensorHourly)
        .where('local_date', date)
        .groupBy('store_id')
        .select('store_id')
        .countDistinct({ hours: 'hour_utc' })
        .as('s');
      return db(`${t.dimStoreDate} as c`)
        .leftJoin(`${t.storeDaily} as d`, (j) =>
          j.on('d.store_id', 'c.store_id').andOn('d.local_date', 'c.local_date'),
        )
        .leftJoin(hours, 's.store_id', 'c.store_id')
        .where('c.local_date', date)
        .andWhere((w) =>
          w.whereNull('d.store_id').orWhereNull('s.store_id').orWhereRaw('s.hours <> d.hours_expected'),
        )
        .select('c.store_id');
    },
  },
];

/** Runs every data test on `date`, in the order listed. */
export async function runDataTests(
  db: Knex | Knex.Transaction,
  date: string,
  tests: readonly DataTest[] = DATA_TESTS,
): Promise<DataTestResult[]> {
  const t = tables(db);
  const results: DataTestResult[] = [];
  for (const test of tests) {
    const [row] = (await db.count({ n: '*' }).from(test.failing(db, t, date).as('f'))) as { n: unknown }[];
    const failing = num(row?.n ?? 0);
    results.push({
      test_name: test.name,
      model: test.model,
      status: failing === 0 ? 'pass' : 'fail',
      failing_rows: failing,
    });
  }
  return results;
}
