/** Typed access to the stores LayerCake puts in context (the library ships them untyped). */
import { getContext } from 'svelte';
import type { Readable } from 'svelte/store';
import type { ChartPoint } from './types.ts';

export interface LinearScale {
  (value: number): number;
  ticks(count?: number): number[];
  domain(): number[];
  range(): number[];
}

export interface ChartContext<T extends ChartPoint> {
  width: Readable<number>;
  height: Readable<number>;
  data: Readable<T[]>;
  xScale: Readable<LinearScale>;
  yScale: Readable<LinearScale>;
}

export function chartContext<T extends ChartPoint = ChartPoint>(): ChartContext<T> {
  return getContext<ChartContext<T>>('LayerCake');
}
