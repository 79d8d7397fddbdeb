/**
 * The theme switch: the reader's choice of light or dark, remembered in this browser, or the system's.
 * The choice is `<html data-theme="light|dark">`; no attribute means "follow the system" (see global.css).
 */

/** The localStorage key the choice is kept under. */
export const STORAGE_KEY = 'theme';

/** The values the switch offers; `system` is stored as no value at all. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * The script that runs in `<head>` before the first paint, so a remembered theme is applied before anything is
 * drawn. It also marks the page as scripted, which reveals the switch (useless without JavaScript).
 * Kept tiny and dependency-free; it is inlined into every page and allowed by its CSP hash.
 */
export const HEAD_SCRIPT =
  `var d=document.documentElement;d.dataset.js='';` +
  `try{var t=localStorage.getItem('${STORAGE_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}`;

/** The remembered choice, or `system` when there is none or storage is unavailable (private modes may throw). */
export function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Applies `choice` to the page and remembers it; `system` forgets any earlier choice. */
export function applyChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage refused: the choice still holds for this page view.
  }
}

function isChoice(value: string): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** Wires every `select[data-theme-switch]` on the page to the remembered choice, and keeps tabs in step. */
export function initThemeSwitch(): void {
  const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-theme-switch]')];
  const show = (choice: ThemeChoice) => selects.forEach((select) => (select.value = choice));
  show(storedChoice());
  for (const select of selects) {
    select.addEventListener('change', () => {
      if (!isChoice(select.value)) return;
      applyChoice(select.value);
      show(select.value);
    });
  }
  // A choice made in another tab applies here too.
  addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    const choice = storedChoice();
    if (choice === 'system') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = choice;
    show(choice);
  });
}
