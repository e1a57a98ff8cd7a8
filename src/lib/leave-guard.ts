import { useBlocker } from '@tanstack/react-router';

// What a person has typed into a form lives only in the page until it is saved: no drafts are
// kept in browser storage, where patient data would outlive the session (docs/decisions/0018).
// So leaving the page with unsaved changes asks first: a link in the app with words of ours,
// a reload or a closed tab with the browser's own "Changes that you made may not be saved".
// A session that ends navigates past it (ignoreBlocker): a question would only keep a page up
// with nobody signed in.

/** While `unsaved`, leaving the page asks first. `what` names the form ("this entry"). A save
 * that then navigates passes `ignoreBlocker: true`: nothing is left to lose. */
export function useLeaveGuard(unsaved: boolean, what: string) {
  useBlocker({
    shouldBlockFn: () =>
      unsaved && !window.confirm(`Your changes to ${what} are not saved. Leave anyway?`),
    enableBeforeUnload: () => unsaved,
  });
}
