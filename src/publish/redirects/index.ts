export { loadRedirects, REDIRECTS } from './load.ts';
export * from './resolve.ts';
export * from './schema.ts';
