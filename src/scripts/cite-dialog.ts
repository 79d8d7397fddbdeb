/**
 * The section page's one cite dialog, loaded by finding-controls.ts when a "cite" is first pressed, and built
 * then. A finding's "cite" button (`button[data-cite]`, holding the address it cites) fills the dialog with a
 * copy of the page's own references ("Cite this page"), the page's URL replaced by that address through the
 * same substitution the build uses, quotes the finding, and opens it as a modal: focus moves in, Escape or
 * "Close" closes it, and focus returns to the button. The copy buttons inside are copy-link.ts's.
 */
import { fillUrl } from '../publish/citation/cited-url.ts';
import { CITE_DIALOG_STRINGS } from '../strings.ts';

const PREFIX = { page: 'page--', dialog: 'cite-dialog--' };
const pageUrl = document.querySelector<HTMLElement>('template[data-finding-controls]')?.dataset['pageUrl'];
const dialog = document.createElement('dialog');
const quote = document.createElement('blockquote');
const body = document.createElement('div');
let opener: HTMLElement | null = null;

/** The dialog, named by its title, with a place for the quote and the references, and a Close button. */
function build(): void {
  const title = Object.assign(document.createElement('p'), {
    id: 'cite-dialog-title',
    className: 'cite-dialog-title',
    textContent: CITE_DIALOG_STRINGS.title,
  });
  const close = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'control cite-dialog-close',
    textContent: CITE_DIALOG_STRINGS.close,
  });
  close.addEventListener('click', () => dialog.close());
  Object.assign(dialog, { id: 'cite-dialog', className: 'cite-dialog' });
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.dataset['pagefindIgnore'] = '';
  dialog.append(title, quote, body, close);
  // Escape closes a modal dialog natively; either way, focus goes back to the finding's button.
  dialog.addEventListener('close', () => opener?.focus());
  document.body.append(dialog);
}

/** The page's references block, copied with its ids renamed and `url` cited in place of the page's. */
function referencesFor(url: string, page: string): Node | undefined {
  const block = document.querySelector('#cite-page .cite-block')?.cloneNode(true);
  if (!(block instanceof HTMLElement)) return undefined;
  for (const el of block.querySelectorAll<HTMLElement>('[id]')) {
    if (!el.id.endsWith('--cite-as')) el.innerHTML = fillUrl(el.innerHTML, url, page);
    el.id = el.id.replace(PREFIX.page, PREFIX.dialog);
  }
  for (const button of block.querySelectorAll<HTMLElement>('[data-copy-from]')) {
    button.dataset['copyFrom'] = button.dataset['copyFrom']?.replace(PREFIX.page, PREFIX.dialog);
  }
  return block;
}

function open(button: HTMLButtonElement): void {
  const url = button.dataset['cite'];
  const references = url && pageUrl ? referencesFor(url, pageUrl) : undefined;
  if (!references) return;
  const finding = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  quote.textContent = finding?.textContent ?? '';
  body.replaceChildren(references);
  opener = button;
  dialog.showModal();
}

build();
// The press that loaded this script, then every later one.
const pending = document.querySelector<HTMLButtonElement>('button[data-cite-pending]');
if (pending) {
  delete pending.dataset['citePending'];
  open(pending);
}
document.addEventListener('click', (event) => {
  const cite = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-cite]');
  if (cite) open(cite);
});
