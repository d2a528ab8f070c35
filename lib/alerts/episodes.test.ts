import { describe, expect, it } from 'vitest';
import { addHours } from '../time.ts';
import { reconcile, sensorEpisodes, type StoredAlert } from './episodes.ts';
import { DEFAULT_ALERT_PARAMS, episodeKey, type Condition, type Episode, type HealthHour } from './model.ts';

const T0 = '2026-11-10T08:00:00Z';
/** A series from hand-written conditions, one per hour from T0 ('-' = never checked). */
function series(...conditions: (Condition | '-')[]): HealthHour[] {
  return conditions.flatMap((condition, i) =>
    condition === '-' ? [] : [{ hour_utc: addHours(T0, i), condition, reading: null, expected: null }],
  );
}
const at = (i: number) => addHours(T0, i);
const summary = (e: Episode) => [e.kind, e.started_at, e.opened_at, e.resolved_at];
const episodes = (...c: (Condition | '-')[]) => sensorEpisodes(1, 2, series(...c)).map(summary);

describe('sensorEpisodes', () => {
  it('opens an alert on the N-th consecutive opening hour of a kind, keeps it open while it lasts', () => {
    expect(DEFAULT_ALERT_PARAMS.openAfter.silent).toBe(2);
    expect(episodes('healthy', 'silent')).toEqual([]);
    expect(episodes('healthy', 'silent', 'silent')).toEqual([['silent', at(1), at(2), null]]);
    // Still open: more faulty hours do not open a second alert.
    expect(episodes('silent', 'silent', 'silent', 'silent')).toEqual([['silent', at(0), at(1), null]]);
  });

  it('resolves at the first healthy opening hour and reopens as a new episode', () => {
    expect(
      episodes('silent', 'silent', 'silent', 'healthy', 'healthy', 'dead', 'dead', 'dead', 'healthy'),
    ).toEqual([
      ['silent', at(0), at(1), at(3)],
      ['dead', at(5), at(6), at(8)],
    ]);
    expect(episodes('silent', 'silent', 'healthy', 'silent', 'silent')).toEqual([
      ['silent', at(0), at(1), at(2)],
      ['silent', at(3), at(4), null],
    ]);
  });

  it('lets closed hours pass without counting or breaking a run (an outage overnight)', () => {
    expect(episodes('silent', 'closed', 'closed', 'silent', 'healthy')).toEqual([
      ['silent', at(0), at(3), at(4)],
    ]);
    expect(episodes('silent', 'silent', 'closed', 'closed')).toEqual([['silent', at(0), at(1), null]]);
  });

  it('needs N hours of the same kind: one missing reading or a kind change is no alert', () => {
    expect(
      episodes('silent', 'healthy', 'silent', 'healthy', 'dead', 'spiking', 'drifting', 'drifting'),
    ).toEqual([]);
    expect(episodes('drifting', 'drifting', 'drifting')).toEqual([['drifting', at(0), at(2), null]]);
  });

  it('another kind resolves an open alert and starts its own run', () => {
    expect(episodes('dead', 'dead', 'silent', 'silent')).toEqual([
      ['dead', at(0), at(1), at(2)],
      ['silent', at(2), at(3), null],
    ]);
  });

  it('a point fault does not end a drift', () => {
    expect(episodes('drifting', 'drifting', 'spiking', 'drifting', 'silent', 'drifting', 'healthy')).toEqual([
      ['drifting', at(0), at(3), at(6)],
    ]);
  });

  it('an hour never checked breaks a run not yet open but does not resolve an open alert', () => {
    expect(episodes('silent', '-', 'silent')).toEqual([]);
    expect(episodes('silent', 'silent', '-', 'silent', 'healthy')).toEqual([['silent', at(0), at(1), at(4)]]);
  });

  it('keeps the evidence of the opening run, in any input order', () => {
    const hours = series('healthy', 'silent', 'silent', 'silent');
    const [e] = sensorEpisodes(1, 2, [...hours].reverse());
    expect(e!.evidence.map((h) => h.hour_utc)).toEqual([at(1), at(2), at(3)]);
    expect(episodeKey(e!)).toBe('1:2:silent:2026-11-10T09');
  });
});

describe('reconcile', () => {
  const stored = (e: Episode): StoredAlert => ({
    episode_key: episodeKey(e),
    store_id: e.store_id,
    sensor_id: e.sensor_id,
    kind: e.kind,
    started_at: e.started_at,
    opened_at: e.opened_at,
    resolved_at: e.resolved_at,
  });

  it('opens new episodes once: a replay of the same hours changes nothing', () => {
    const s = series('healthy', 'silent', 'silent');
    const first = reconcile([], sensorEpisodes(1, 2, s), () => s);
    expect(first.opened.map((e) => e.episode_key)).toEqual(['1:2:silent:2026-11-10T09']);
    const again = reconcile(first.opened.map(stored), sensorEpisodes(1, 2, s), () => s);
    expect(again).toEqual({ opened: [], resolved: [] });
  });

  it('resolves the stored alert when readings return, and only once', () => {
    const open = sensorEpisodes(1, 2, series('silent', 'silent')).map(stored);
    const s = series('silent', 'silent', 'silent', 'healthy');
    const changes = reconcile(open, sensorEpisodes(1, 2, s), () => s);
    expect(changes).toEqual({
      opened: [],
      resolved: [{ episode_key: open[0]!.episode_key, resolved_at: at(3) }],
    });
    const closed = [{ ...open[0]!, resolved_at: at(3) }];
    expect(reconcile(closed, sensorEpisodes(1, 2, s), () => s)).toEqual({ opened: [], resolved: [] });
  });

  it('a window that cuts an old episode continues the stored alert instead of opening another', () => {
    const old: StoredAlert = {
      episode_key: '1:2:dead:2026-11-09T08',
      store_id: 1,
      sensor_id: 2,
      kind: 'dead',
      started_at: '2026-11-09T08:00:00Z',
      opened_at: '2026-11-09T09:00:00Z',
      resolved_at: null,
    };
    const s = series('dead', 'dead', 'dead', 'healthy');
    expect(reconcile([old], sensorEpisodes(1, 2, s), () => s)).toEqual({
      opened: [],
      resolved: [{ episode_key: old.episode_key, resolved_at: at(3) }],
    });
    // Nothing of the episode left in the window: the first healthy hour after it resolves it.
    const healthy = series('closed', 'healthy');
    expect(reconcile([old], [], () => healthy).resolved).toEqual([
      { episode_key: old.episode_key, resolved_at: at(1) },
    ]);
    expect(reconcile([old], [], () => series('closed')).resolved).toEqual([]);
  });

  it('hours checked out of order still give one alert for the episode', () => {
    // Hours 2-3 checked first (an alert from 2), then 0-1: one run from 0 to 3, the stored alert.
    const late = series('-', '-', 'silent', 'silent');
    const first = reconcile([], sensorEpisodes(1, 2, late), () => late);
    const whole = series('silent', 'silent', 'silent', 'silent');
    expect(reconcile(first.opened.map(stored), sensorEpisodes(1, 2, whole), () => whole)).toEqual({
      opened: [],
      resolved: [],
    });
  });

  it('an episode seen whole opens already resolved', () => {
    const s = series('silent', 'silent', 'healthy');
    const { opened } = reconcile([], sensorEpisodes(1, 2, s), () => s);
    expect(opened.map(summary)).toEqual([['silent', at(0), at(1), at(2)]]);
  });
});
