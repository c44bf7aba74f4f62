import { expect, it } from 'vitest';
import * as core from './index.ts';

// The public surface of @tenets/core is explicit: an export added or removed by accident fails here.
it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toMatchSnapshot();
});
