import { expect, it } from 'vitest';
import { defaultMinClusterSize } from './default-min-cluster-size.ts';

it('grows with √n for small logs and with n/100 for large ones, within 3…1000', () => {
  expect([0, 10, 514, 2_500, 4_100, 29_167, 1_000_000].map(defaultMinClusterSize)).toEqual([3, 3, 11, 25, 41, 292, 1000]);
});
