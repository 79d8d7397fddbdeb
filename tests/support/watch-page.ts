// A watcher that fails a test on any page problem: console errors, page errors, CSP violations, other origins.
import type { Page } from 'playwright-core';

/** What went wrong on a page so far, and an assertion that nothing did. */
export interface PageWatch {
  problems: string[];
  assertNone(): void;
}

/** Records console errors, page errors, CSP violations and requests to any origin but `origin`. */
export function watchPage(page: Page, origin: string): PageWatch {
  const expected = new URL(origin).origin;
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const where = message.location().url
      ? ` (${message.location().url}:${message.location().lineNumber})`
      : '';
    if (text.includes('Content Security Policy')) problems.push(`CSP violation: ${text}${where}`);
    else if (message.type() === 'error') problems.push(`console error: ${text}${where}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and about: URLs never leave the page; blob: URLs carry the page's own origin.
    if (url.protocol === 'data:' || url.protocol === 'about:') return;
    if (url.origin !== expected) problems.push(`request to another origin: ${request.method()} ${url.href}`);
  });
  return {
    problems,
    assertNone() {
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) on ${page.url()}:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}
