import { describe, expect, it } from 'vitest';
import { ISSUES_PER_WORKER, workerCount } from '../../src/batch/runJobs.js';

describe('workerCount', () => {
  it('starts no worker for one job, or for a batch this thread builds as fast alone', () => {
    expect(workerCount(100, 1)).toBe(0);
    expect(workerCount(1, 8)).toBe(0);
    expect(workerCount(ISSUES_PER_WORKER, 2)).toBe(0);
  });

  it('starts one worker per ISSUES_PER_WORKER issues beyond this thread’s first, at most jobs − 1', () => {
    expect(workerCount(ISSUES_PER_WORKER + 1, 2)).toBe(1);
    expect(workerCount(24, 2)).toBe(1);
    expect(workerCount(12, 2)).toBe(0);
    expect(workerCount(200, 2)).toBe(1);
    expect(workerCount(200, 8)).toBe(7);
    expect(workerCount(30, 8)).toBe(2);
    expect(workerCount(1000, 4)).toBe(3);
  });
});
