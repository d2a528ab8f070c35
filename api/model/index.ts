/**
 * The simulator's public face: rows for one store-hour or one whole hour, exactly as the
 * API serves them, plus the ground truth behind them. Pure: the same inputs always give
 * the same rows, in any process.
 */
import type { TransactionRow, VisitorRow } from '../../lib/datasets.ts';
import { localTime } from './calendar.ts';
import { storeHourTruth, type StoreHourTruth } from './footfall.ts';
import { REFERENCE_CHAIN, type Chain, type Store } from './reference.ts';
import { storeSales } from './sales.ts';
import {
  DEFAULT_FAULT_RATES,
  sensorReadings,
  validateFaultRates,
  type Fault,
  type FaultRates,
} from './sensors.ts';

export {
  CHAINS,
  HOLIDAY_CALENDARS,
  REFERENCE_CHAIN,
  WORLD_CHAIN,
  generateChain,
  formatOpening,
  type Chain,
  type Store,
  type Sensor,
} from './reference.ts';
export { DEFAULT_FAULT_RATES, NO_FAULTS, FAULTS, type Fault, type FaultRates } from './sensors.ts';
export { MAX_CONVERSION, MIN_CONVERSION, conversionRate } from './sales.ts';
export { OutOfModelRangeError, localTime } from './calendar.ts';

/** Ground truth of one sensor-hour: what really happened and which fault the reading got. */
export interface TruthVisitorRow extends VisitorRow {
  true_visitors: number;
  fault: Fault;
}

/** Ground truth of one store-hour: the real footfall behind the till totals. */
export interface TruthTransactionRow extends TransactionRow {
  is_open: boolean;
  footfall: number;
  conversion_rate: number;
  items: number;
}

export interface ModelOptions {
  chain?: Chain;
  faults?: FaultRates;
}

export class Simulator {
  readonly chain: Chain;
  readonly faults: Readonly<FaultRates>;

  constructor({ chain = REFERENCE_CHAIN, faults = DEFAULT_FAULT_RATES }: ModelOptions = {}) {
    this.chain = chain;
    this.faults = validateFaultRates({ ...faults });
  }

  /** The stores asked for (all when ids is undefined), in store_id order. */
  stores(ids?: readonly number[]): readonly Store[] {
    if (!ids) return this.chain.stores;
    return [...new Set(ids)]
      .sort((a, b) => a - b)
      .map((id) => {
        const store = this.chain.byId.get(id);
        if (!store) throw new RangeError(`unknown store_id ${id}`);
        return store;
      });
  }

  truth(store: Store, hour: string): StoreHourTruth {
    return storeHourTruth(store, hour, localTime(hour, store.timezone));
  }

  truthVisitorRows(store: Store, hour: string): TruthVisitorRow[] {
    const truth = this.truth(store, hour);
    return sensorReadings(truth, this.faults).map((s) => ({
      store_id: store.store_id,
      sensor_id: s.sensor.sensor_id,
      hour_utc: hour,
      local_date: truth.local.localDate,
      local_hour: truth.local.localHour,
      visitors: s.reading,
      true_visitors: s.truth,
      fault: s.fault,
    }));
  }

  visitorRows(store: Store, hour: string): VisitorRow[] {
    return this.truthVisitorRows(store, hour).map((r) => ({
      store_id: r.store_id,
      sensor_id: r.sensor_id,
      hour_utc: r.hour_utc,
      local_date: r.local_date,
      local_hour: r.local_hour,
      visitors: r.visitors,
    }));
  }

  truthTransactionRow(store: Store, hour: string): TruthTransactionRow {
    const truth = this.truth(store, hour);
    const sales = storeSales(truth);
    return {
      store_id: store.store_id,
      hour_utc: hour,
      local_date: truth.local.localDate,
      local_hour: truth.local.localHour,
      transactions: sales.transactions,
      revenue: sales.revenue,
      is_open: truth.openFraction > 0,
      footfall: truth.footfall,
      conversion_rate: Math.round(sales.conversionRate * 10_000) / 10_000,
      items: sales.items,
    };
  }

  transactionRow(store: Store, hour: string): TransactionRow {
    const r = this.truthTransactionRow(store, hour);
    return {
      store_id: r.store_id,
      hour_utc: r.hour_utc,
      local_date: r.local_date,
      local_hour: r.local_hour,
      transactions: r.transactions,
      revenue: r.revenue,
    };
  }
}

const defaultSimulator = new Simulator();

/** All sensors' readings of the reference chain (or options.chain) for one UTC hour. */
export function visitorRows(hour: string, options?: ModelOptions & { storeIds?: number[] }): VisitorRow[] {
  const sim = options?.chain || options?.faults ? new Simulator(options) : defaultSimulator;
  return sim.stores(options?.storeIds).flatMap((s) => sim.visitorRows(s, hour));
}

/** All stores' till totals for one UTC hour. */
export function transactionRows(
  hour: string,
  options?: ModelOptions & { storeIds?: number[] },
): TransactionRow[] {
  const sim = options?.chain || options?.faults ? new Simulator(options) : defaultSimulator;
  return sim.stores(options?.storeIds).map((s) => sim.transactionRow(s, hour));
}

/** Ground truth: true visitors and the fault applied, per sensor-hour. */
export function groundTruth(
  hour: string,
  options?: ModelOptions & { storeIds?: number[] },
): { visitors: TruthVisitorRow[]; transactions: TruthTransactionRow[] } {
  const sim = options?.chain || options?.faults ? new Simulator(options) : defaultSimulator;
  const stores = sim.stores(options?.storeIds);
  return {
    visitors: stores.flatMap((s) => sim.truthVisitorRows(s, hour)),
    transactions: stores.map((s) => sim.truthTransactionRow(s, hour)),
  };
}
