// Search as a reader uses it (the flows in search-flows.ts), on the site under test.
import { documentsIn } from '../../tooling/seeds.ts';
import { describe } from '../support/e2e.ts';
import { searchFlows } from './search-flows.ts';

const docs = await documentsIn();

describe('on the site under test', () => searchFlows(docs));
