export { loadRedirects } from './load.ts';
export * from './resolve.ts';
export * from './schema.ts';
