/** The safety nets' factor (harness/pace.ts): what it is made of, its bounds, and the override. */
import { test, expect } from '@playwright/test';
import { slownessOf } from '../../harness/pace.js';

test('the larger of the two measures, never below 1 nor above 6; CORSMATRIX_SLOWNESS instead of both, and a bad value named', () => {
  expect(slownessOf({ workMs: 60, loadPerCore: 0.2 }).factor).toBe(1);
  expect(slownessOf({ workMs: 330, loadPerCore: 0.5 })).toEqual({ factor: 3, measuredBy: 'fixed work 330 ms (quiet: 110), load 0.5 per core' });
  expect(slownessOf({ workMs: 110, loadPerCore: 2.5 }).factor).toBe(2.5);
  expect(slownessOf({ workMs: 5000, loadPerCore: 40 }).factor).toBe(6);
  expect(slownessOf({ forced: '0.5', workMs: 5000, loadPerCore: 40 })).toEqual({ factor: 0.5, measuredBy: 'CORSMATRIX_SLOWNESS' });
  expect(() => slownessOf({ forced: 'fast', workMs: 0, loadPerCore: 0 })).toThrow('CORSMATRIX_SLOWNESS=fast: give a positive number, e.g. 2');
});
