/* global window, document */
/* Sign-out relay page (opened in an Office dialog by the task pane, auth/sign-in-methods.ts).
 * Office dialogs must start on the add-in's own origin, so this page asks the pane for the
 * identity provider's end-session URL (messageParent "ready") and goes there when the pane sends
 * it with messageChild. It never takes a target from its own address, so it cannot be used to
 * send anyone elsewhere; its texts come from the query string (strings/en.ts) and are shown as
 * text only. Plain ES2017, no bundler: copied to dist as is. */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var status = document.getElementById('signout-status');
  var say = function (name) {
    var text = params.get(name);
    if (status && text) status.textContent = text;
  };
  var title = params.get('title');
  if (title) {
    document.getElementById('signout-title').textContent = title;
    document.title = title;
  }
  say('text');
  var office = window.Office;
  if (!office || typeof office.onReady !== 'function') return say('failed');
  office.onReady().then(function () {
    var ui = office.context && office.context.ui;
    if (!ui || typeof ui.addHandlerAsync !== 'function' || typeof ui.messageParent !== 'function') return say('failed');
    var received = function (arg) {
      var message;
      try {
        message = JSON.parse(arg && arg.message);
      } catch (error) {
        console.warn('[signout] ignored a message that is not JSON', error);
        return;
      }
      var target = message && message.type === 'end-session' ? String(message.url || '') : '';
      if (/^https?:\/\//i.test(target)) window.location.replace(target);
    };
    ui.addHandlerAsync(office.EventType.DialogParentMessageReceived, received, function (result) {
      if (result && result.status === office.AsyncResultStatus.Failed) return say('failed');
      try {
        ui.messageParent(JSON.stringify({ type: 'ready' }));
      } catch (error) {
        console.error('[signout] messageParent failed', error);
        say('failed');
      }
    });
  });
})();
