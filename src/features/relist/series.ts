// The `kubelet` rows of timeseries.csv: one per node with a relist loop, per sample.
import type { Cell } from '../../sim/recorder.js';
import type { NodeRelist } from './node-relist.js';

export const KUBELET_SERIES_KIND = 'kubelet';

export const KUBELET_COLUMNS = [
  'relistPeriod_s',
  'relistThreshold_s',
  'relists',
  'relistFailures',
  'relistDurationMs',
  'listingFor_s',
  'lastRelistAge_s',
  'plegHealthy',
  'eventsEmitted',
  'eventsSeen',
  'eventsMissed',
  'missedPct',
  'discards',
  'withheld',
  'channelLength',
  'eventsConsumed',
  'runtimeContainers',
] as const;

export type KubeletColumn = (typeof KUBELET_COLUMNS)[number];

export function kubeletRow(n: NodeRelist, now: number): Record<KubeletColumn, Cell> {
  const c = n.pleg.counters;
  const t = n.judge.tally;
  const decided = t.seen + t.missed;
  return {
    relistPeriod_s: n.settings.periodMs / 1000,
    relistThreshold_s: n.settings.thresholdMs / 1000,
    relists: c.relists,
    relistFailures: c.relistFailures,
    relistDurationMs: c.relistDuration.lastMs,
    listingFor_s: n.listingSince === undefined ? 0 : (now - n.listingSince) / 1000,
    lastRelistAge_s: n.readiness.age(now) / 1000,
    plegHealthy: n.readiness.healthy(now),
    eventsEmitted: n.eventsEmitted,
    eventsSeen: t.seen,
    eventsMissed: t.missed,
    missedPct: decided === 0 ? 0 : Math.round((10_000 * t.missed) / decided) / 100,
    discards: n.discards,
    withheld: c.withheld,
    channelLength: n.pleg.channel.length,
    eventsConsumed: n.syncLoop.consumed,
    runtimeContainers: n.liveContainers,
  };
}
