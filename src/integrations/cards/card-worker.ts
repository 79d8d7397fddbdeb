// The cards integration's worker thread: fills the card cache with the cards it is given, then reports.
import { parentPort, workerData } from 'node:worker_threads';
import { fillCardCache, type CardJob } from './make-cards.ts';

const { jobs, cacheDir } = workerData as { jobs: CardJob[]; cacheDir: string };
parentPort?.postMessage(await fillCardCache(jobs, cacheDir));
