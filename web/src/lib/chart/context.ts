/**
 * Typed access to LayerCake's chart context. Its values are reactive getters: read them as
 * `k.width` inside markup or `$derived`, never destructured, or they stop updating.
 */
import { getLayerCakeContext } from 'layercake';
import type { ChartPoint } from './types.ts';

export interface LinearScale {
  (value: number): number;
  ticks(count?: number): number[];
  domain(): number[];
  range(): number[];
}

export interface ChartContext<T extends ChartPoint> {
  readonly width: number;
  readonly height: number;
  readonly data: T[];
  readonly xScale: LinearScale;
  readonly yScale: LinearScale;
}

export function chartContext<T extends ChartPoint = ChartPoint>(): ChartContext<T> {
  return getLayerCakeContext() as unknown as ChartContext<T>;
}
