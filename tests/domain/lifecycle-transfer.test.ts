import { describe, expect, it } from 'vitest';
import { lifecycleStatus } from '../../src/domain/lifecycle';
import { DEFAULT_TOPICS } from '../../src/domain/schedule';
import { transferFit } from '../../src/domain/transfer';

describe('lifecycleStatus', () => {
  const dates = ['2026-11-02', '2026-11-09', '2026-11-16'].map((date) => ({
    date,
    startTime: '13:00',
  }));
  it('moves planned -> running on the first session day -> completed after the last', () => {
    expect(lifecycleStatus('planned', dates, '2026-11-01')).toBe('planned');
    expect(lifecycleStatus('planned', dates, '2026-11-02')).toBe('running');
    expect(lifecycleStatus('running', dates, '2026-11-16')).toBe('running');
    expect(lifecycleStatus('running', dates, '2026-11-17')).toBe('completed');
  });
  it('at a moment, is running only once the first session has started (London time)', () => {
    // 13:00 GMT on 2 November: three hours before, the first session is not yet held.
    expect(lifecycleStatus('planned', dates, new Date('2026-11-02T10:00:00Z'))).toBe('planned');
    expect(lifecycleStatus('planned', dates, new Date('2026-11-02T13:00:00Z'))).toBe('running');
    expect(lifecycleStatus('running', dates, new Date('2026-11-16T23:59:00Z'))).toBe('running');
    expect(lifecycleStatus('running', dates, new Date('2026-11-17T00:00:00Z'))).toBe('completed');
  });
  it('keeps a cancelled cohort cancelled', () => {
    expect(lifecycleStatus('cancelled', dates, '2026-11-10')).toBe('cancelled');
  });
});

describe('transferFit', () => {
  const topics = DEFAULT_TOPICS.slice(0, 4);
  it('lists attended topics, those still needed, and those the target has already run', () => {
    const held = [
      { topic: topics[0]!, code: 5 as const },
      { topic: topics[1]!, code: 3 as const },
      { topic: topics[2]!, code: 6 as const },
    ];
    const target = topics.map((topic, i) => ({
      topic,
      date: `2026-11-0${i + 1}`,
      cancelled: false,
    }));
    const fit = transferFit(held, topics, target, '2026-11-02');
    expect(fit.attended).toEqual([topics[0], topics[2]]);
    expect(fit.stillNeeded).toEqual([topics[1], topics[3]]);
    expect(fit.missedInTarget).toEqual([]);
    expect(transferFit(held, topics, target, '2026-11-03').missedInTarget).toEqual([topics[1]]);
  });
});
