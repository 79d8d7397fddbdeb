// The cards integration's worker thread: fills the card cache for the documents it is given, then reports.
import { parentPort, workerData } from 'node:worker_threads';
import type { Metadata } from '../../lib/refworld/schema.ts';
import { fillCardCache } from './make-cards.ts';

const { metas, cacheDir, siteName } = workerData as { metas: Metadata[]; cacheDir: string; siteName: string };
parentPort?.postMessage(await fillCardCache(metas, cacheDir, siteName));
