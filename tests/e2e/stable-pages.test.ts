// Stable pages: what appears after the first paint has its space kept (the findings table's filters appear
// when its script runs), so that Lighthouse (mobile) measures a layout shift of no more than CLS 0.05.
import path from 'node:path';
import { documentPath } from '../../src/publish/urls.ts';
import { runLighthouse } from '../../tooling/lighthouse.ts';
import { SHIPPED_SEED } from '../../tooling/paths.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { expect, test as it } from '../support/e2e.ts';

const [doc] = await documentsIn(path.dirname(SHIPPED_SEED));
if (!doc) throw new Error(`no document in ${path.dirname(SHIPPED_SEED)}`);

it(
  'shifts the findings table by no more than CLS 0.05 in Lighthouse',
  { timeout: 180_000 },
  async ({ site }) => {
    const [report] = await runLighthouse(
      [site.url + documentPath(doc.meta.slug, 'findings')],
      ['performance'],
    );
    expect(report?.cls).toBeDefined();
    expect(report?.cls).toBeLessThanOrEqual(0.05);
  },
);
