export { extractMentions } from './extract-mentions.ts';
export * from './schema.ts';
