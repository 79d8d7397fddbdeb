// Search as a reader uses it (the flows in search-flows.ts), on a build of the two-documents fixture: a second,
// fictional export beside the China seed, where the country filter must also keep the two apart.
import { buildSite } from '../../tooling/build-site.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { describe, serveBuild } from '../support/e2e.ts';
import { searchFlows } from './search-flows.ts';

const FIXTURE = { name: 'search-two-documents', seedsDir: 'tests/fixtures/two-documents' };
const docs = await documentsIn(FIXTURE.seedsDir);
serveBuild(() => buildSite(FIXTURE));

describe('on the two-documents fixture', () => searchFlows(docs));
