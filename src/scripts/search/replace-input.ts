import type { PagefindElement } from './pagefind-types.ts';

/**
 * Puts a Component UI element where a plain search input was, and gives the input it renders the plain
 * one's id (so its `<label>` still names it), name (so its form still submits), value and focus: what
 * the reader typed while search was loading is kept. Returns the new input.
 */
export function replaceInput(plain: HTMLInputElement, component: PagefindElement): HTMLInputElement {
  const hadFocus = document.activeElement === plain;
  const shortcuts = plain.getAttribute('aria-keyshortcuts');
  plain.replaceWith(component);
  const input = component.inputEl;
  if (!input) throw new Error(`<${component.localName}> rendered no input`);
  // The component's own hidden label would point at an id that is now gone.
  component.querySelector(`label[for="${input.id}"]`)?.remove();
  input.id = plain.id;
  input.name = plain.name;
  input.placeholder = plain.placeholder;
  if (shortcuts) input.setAttribute('aria-keyshortcuts', shortcuts);
  input.value = plain.value;
  if (hadFocus) input.focus();
  return input;
}
