export { buildDocument } from './build-document.ts';
export { decodeSeed } from './decode-seed.ts';
export { SeedError } from './seed-error.ts';
export * from './schema.ts';
export * from './queries.ts';
