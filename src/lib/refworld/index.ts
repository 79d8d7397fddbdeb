export { buildDocument } from './build-document.ts';
export { SeedError } from './seed-error.ts';
export * from './schema.ts';
