import { isVisible } from './find-field';
import type { PageWatcher } from './run';

/** The IIJ content script: the panel goes before a form with a visible text area (the inquiry input page). */
export const iijPage: PageWatcher = {
  async findAnchor() {
    return [...document.querySelectorAll('form')].find((form) =>
      [...form.querySelectorAll('textarea')].some(isVisible),
    );
  },
};
