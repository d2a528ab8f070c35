/**
 * In-process evaluation of the cleaning against the simulator's ground truth: simulate a chain
 * day by day, run the three methods on every store-day (the cleaning carrying its history
 * summary forward), and compare each with the truth. No warehouse: the unit test gate and
 * `npm run evaluate -- --offline` use it; warehouse.ts scores what the build wrote instead.
 */
import {
  DEFAULT_FAULT_RATES,
  REFERENCE_CHAIN,
  Simulator,
  type Chain,
  type FaultRates,
} from '../api/model/index.ts';
import { asEstimates, originalRule, rawSums } from '../lib/analytics/cleaning/baselines.ts';
import { cleanStoreDay } from '../lib/analytics/cleaning/clean.ts';
import { DEFAULT_CLEANING_PARAMS, type CleaningParams } from '../lib/analytics/cleaning/model.ts';
import { addDays, datesInRange } from '../lib/time.ts';
import { CarriedHistory } from './history.ts';
import { Scorer, simulateStoreDay, type EvaluationReport } from './scoring.ts';

export interface EvaluationOptions {
  /** First and last store-local dates scored. */
  from: string;
  to: string;
  /** Days before `from` that build the cleaning's history without being scored (default: a full history window). */
  warmupDays?: number;
  chain?: Chain;
  /** Name of the chain in the report (default: reference). */
  chainName?: string;
  faults?: FaultRates;
  params?: CleaningParams;
}

export function evaluate(options: EvaluationOptions): EvaluationReport {
  const started = performance.now();
  const chain = options.chain ?? REFERENCE_CHAIN;
  const faults = options.faults ?? DEFAULT_FAULT_RATES;
  const params = options.params ?? DEFAULT_CLEANING_PARAMS;
  const warmupDays = options.warmupDays ?? params.historyDays;
  const sim = new Simulator({ chain, faults });
  const firstDay = addDays(options.from, -warmupDays);
  const scorer = new Scorer(options.from, options.to, firstDay);
  const carried = new CarriedHistory(params);

  for (const date of datesInRange(firstDay, options.to)) {
    for (const store of chain.stores) {
      const day = simulateStoreDay(sim, store, date);
      const result = cleanStoreDay(day.input, carried.of(store.store_id, date), params);
      carried.keep(store.store_id, date, result);
      scorer.drift(day, (i) => result.sensorDays[i]!.drift_flagged);
      if (date < options.from) continue;
      scorer.storeDays++;
      scorer.rows('raw', day, rawSums(day.input));
      scorer.rows('original', day, originalRule(day.input));
      scorer.rows('cleaned', day, asEstimates(result.sensorHours));
      const n = day.input.hours.length;
      scorer.cleaning(
        day,
        day.input.sensors.map((_, i) => result.sensorHours.slice(i * n, (i + 1) * n)),
      );
    }
  }

  return scorer.report(
    {
      source: 'offline',
      chain: options.chainName ?? 'reference',
      warmupDays,
      stores: chain.stores.length,
      sensors: chain.stores.reduce((n, s) => n + s.sensors.length, 0),
      faults,
      detectionSource: 'the cleaning run in-process on the simulated readings',
      notes: [],
    },
    started,
  );
}
