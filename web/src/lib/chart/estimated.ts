/** What the charts say about estimated visitors (the cleaning's imputed or corrected part). */
import { m } from '#web/paraglide/messages.js';
import { formatPercent } from '../format.ts';
import { estimatedShare } from '../store-view.ts';

interface Visitors {
  visitors: number;
  visitorsMeasured: number;
}

/** The estimated share of all the points' visitors, for the legend; null when there are none. */
export function estimatedShareOf(points: readonly Visitors[]): number | null {
  return estimatedShare(
    points.reduce((n, d) => n + d.visitors, 0),
    points.reduce((n, d) => n + d.visitorsMeasured, 0),
  );
}

/** ", N % estimated" after a point's figure when part of it is estimated; nothing otherwise. */
export function estimatedNote(d: Visitors): string {
  const share = estimatedShare(d.visitors, d.visitorsMeasured);
  return share ? `, ${m.kpi_estimated({ share: formatPercent(share) })}` : '';
}
