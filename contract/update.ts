/**
 * `npm run contract:update`: builds seeds/ into .output/contract/ and rewrites contract/urls.json from it.
 * Promises of the old contract that still hold through src/redirects.ts are kept; those that no longer
 * hold are dropped and listed, so the change is deliberate and shows in review.
 */
import { buildSite } from '../tooling/build-site.ts';
import { checkFinding, checkUrl } from './check.ts';
import { CONTRACT_FILE, contractOf, readContract, writeContract, type UrlContract } from './contract.ts';

const dist = await buildSite({ seedsDir: 'seeds', name: 'contract' });
const next = await contractOf(dist);
const old: UrlContract | undefined = await readContract().catch(() => undefined);
const dropped: string[] = [];

for (const url of old?.urls ?? []) {
  if (next.urls.includes(url)) continue;
  if ((await checkUrl(dist, url)) === undefined) next.urls.push(url);
  else dropped.push(url);
}
for (const [page, ids] of Object.entries(old?.findings ?? {})) {
  for (const id of ids) {
    if (next.findings[page]?.includes(id)) continue;
    if ((await checkFinding(dist, page, id)) === undefined) (next.findings[page] ??= []).push(id);
    else dropped.push(`${page}#${id}`);
  }
}
next.urls.sort();
await writeContract(next);

const count = next.urls.length + Object.values(next.findings).flat().length;
console.log(`${CONTRACT_FILE}: ${next.urls.length} URLs, ${count - next.urls.length} finding addresses.`);
if (dropped.length > 0) console.log(`Dropped (no longer served, no redirect):\n  ${dropped.join('\n  ')}`);
