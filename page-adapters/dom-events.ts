/**
 * The one place that simulates what a user does on a page. Vendor pages are React/Garden/CKEditor
 * apps: a value only counts when it travels through the events those frameworks listen to.
 */

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Sets a value through the native setter so React's value tracker sees the change. */
export function setNativeValue(control: TextControl, value: string): void {
  const proto = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Pastes plain text, as Ctrl+V does: editors insert it as text, never as HTML. */
export function pasteText(target: HTMLElement, text: string): void {
  target.focus();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // Chromium reads `clipboardData`; Firefox ignores it (the page would see an empty clipboard) and
  // fills the event's clipboard from its own `dataType` + `data` init keys instead.
  const init: ClipboardEventInit & { dataType: string; data: string } = {
    clipboardData: data,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
  };
  target.dispatchEvent(new ClipboardEvent('paste', init));
}

/** Selects everything in an editable element and deletes it, as Ctrl+A then Backspace. */
export function clearEditable(editable: HTMLElement): void {
  editable.focus();
  const selection = editable.ownerDocument.getSelection();
  const range = editable.ownerDocument.createRange();
  range.selectNodeContents(editable);
  selection?.removeAllRanges();
  selection?.addRange(range);
  editable.dispatchEvent(
    new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }),
  );
}

/** A full pointer click: some widgets open on mousedown, others on click. */
export function clickLikeUser(element: Element): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  element.dispatchEvent(new PointerEvent('pointerdown', init));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  element.dispatchEvent(new PointerEvent('pointerup', init));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', init));
}

export function pressKey(element: Element, key: string): void {
  element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  element.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
}

/** Puts files into a file input as a file chooser would. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  input.files = data.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Resolves with the first truthy result of `find`, re-checking on every DOM change and every
 * 25 ms (property changes such as a controlled input's value fire no mutation); undefined after `timeoutMs`.
 */
export function waitFor<T>(
  find: () => T | undefined | null,
  timeoutMs: number,
  root: Node = document,
): Promise<T | undefined> {
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const value = find();
      if (value) finish(value);
    });
    const poll = setInterval(() => {
      const value = find();
      if (value) finish(value);
    }, 25);
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    function finish(value: T | undefined) {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
