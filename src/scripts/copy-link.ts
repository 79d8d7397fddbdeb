/**
 * Copy buttons for links and citations, and forwarding for findings that moved. One delegated listener
 * serves every button on the page:
 * - `button[data-copy-url]` copies that absolute URL (a finding's or a heading's permanent address);
 * - `button[data-copy-from]` copies the text of the element with that id (a citation), with its HTML too
 *   where the browser takes both, so italics survive a paste into a word processor.
 * The outcome is announced in the page's polite live region, `[data-copy-status]`.
 */

import {
  ATTR_COPIED,
  ATTR_COPY_FROM,
  ATTR_COPY_URL,
  COPY_BUTTON_SELECTOR,
  COPY_STATUS_SELECTOR,
  MOVED_TO_SELECTOR,
} from '../components/finding/finding-dom.ts';
import { COPY_TEXT } from '../strings.ts';
import { fragmentId } from './fragment-id.ts';

const STATUS_CLEAR_MS = 4000;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Says `message` through the live region, clearing it first so the same words are announced again. */
function announce(message: string): void {
  const region = document.querySelector<HTMLElement>(COPY_STATUS_SELECTOR);
  if (!region) return;
  region.textContent = '';
  clearTimeout(clearTimer);
  // A change made in the same task as the clearing may be missed by screen readers.
  requestAnimationFrame(() => {
    region.textContent = message;
    clearTimer = setTimeout(() => (region.textContent = ''), STATUS_CLEAR_MS);
  });
}

async function copy(text: string, html?: string): Promise<void> {
  if (html !== undefined && typeof ClipboardItem === 'function') {
    const blob = (type: string, data: string) => new Blob([data], { type });
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': blob('text/plain', text), 'text/html': blob('text/html', html) }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>(COPY_BUTTON_SELECTOR);
  if (!button) return;
  const copyUrl = button.getAttribute(ATTR_COPY_URL) ?? undefined;
  const copyFrom = button.getAttribute(ATTR_COPY_FROM) ?? undefined;
  const source = copyFrom === undefined ? null : document.getElementById(copyFrom);
  const text = copyUrl ?? source?.innerText.trim();
  if (text === undefined) return;
  const what = copyUrl === undefined ? COPY_TEXT.what.text : COPY_TEXT.what.url;
  copy(text, source?.innerHTML).then(
    () => {
      button.setAttribute(ATTR_COPIED, '');
      setTimeout(() => button.removeAttribute(ATTR_COPIED), STATUS_CLEAR_MS);
      announce(COPY_TEXT.copied(what));
    },
    () => announce(COPY_TEXT.failed(what)),
  );
});

/** A finding that moved leaves a note with its old id; with scripts on, follow it straight away. */
function followMoved(): void {
  const id = fragmentId(location.hash);
  const moved = id ? document.getElementById(id)?.querySelector<HTMLAnchorElement>(MOVED_TO_SELECTOR) : null;
  if (moved) location.replace(moved.href);
}
// Listen first: whatever the first fragment holds, later ones are still followed.
addEventListener('hashchange', followMoved);
followMoved();
