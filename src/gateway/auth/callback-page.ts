/**
 * The page a sign-in dialog ends on: it hands the result to the task pane with
 * `Office.context.ui.messageParent`. No inline script: the result travels in a JSON data block
 * read by /auth/callback.js (same origin), so a strict CSP holds.
 */
import { OFFICE_JS_CDN } from '../static-files';

export type DialogPayload =
  | { type: 'signed-in'; session: unknown }
  | { type: 'signed-out' }
  | { type: 'error'; error: string; error_description: string };

export const CALLBACK_SCRIPT_PATH = '/auth/callback.js';

/** CSP of the callback pages: scripts from this origin and Office.js's CDN only. */
export const CALLBACK_CSP = [
  "default-src 'self'",
  `script-src 'self' https://appsforoffice.microsoft.com`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON safe inside a <script type="application/json"> element. */
const jsonForHtml = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

export function callbackPage(payload: DialogPayload): string {
  const message =
    payload.type === 'signed-in' ? 'Signed in. This window closes by itself.'
      : payload.type === 'signed-out' ? 'Signed out. This window closes by itself.'
        : `Sign-in failed: ${payload.error_description}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Autotask for Outlook: sign-in</title>
<script src="${OFFICE_JS_CDN}"></script>
<script src="${CALLBACK_SCRIPT_PATH}" defer></script>
</head>
<body>
<main>
<p id="status" role="status" aria-live="polite">${escapeHtml(message)}</p>
<script type="application/json" id="payload">${jsonForHtml(payload)}</script>
</main>
</body>
</html>
`;
}

/** Served at /auth/callback.js. */
export const CALLBACK_SCRIPT = `/* Passes the sign-in result to the task pane. */
(function () {
  // Styled from here: the page's CSP allows no inline style attribute.
  if (document.body) {
    document.body.style.fontFamily = "'Segoe UI', system-ui, sans-serif";
    document.body.style.margin = '2rem';
  }
  var data = document.getElementById('payload');
  var status = document.getElementById('status');
  var payload;
  try { payload = JSON.parse(data ? data.textContent : ''); } catch (e) { payload = { type: 'error', error: 'server_error', error_description: 'The sign-in page is damaged. Close this window and try again.' }; }
  if (typeof Office === 'undefined' || !Office.onReady) {
    if (status) status.textContent += ' (Open sign-in from Outlook: this page only works in the add-in.)';
    return;
  }
  Office.onReady(function () {
    try {
      Office.context.ui.messageParent(JSON.stringify(payload));
    } catch (e) {
      if (status) status.textContent = 'Could not return to Outlook. Close this window and sign in again.';
    }
  });
})();
`;
