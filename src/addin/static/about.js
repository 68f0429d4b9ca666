/* global window, document */
/* About dialog page (opened by the "About" ribbon function when no item is selected).
 * Shows the text it is given in the query string; Close tells the opener through messageParent.
 * Plain ES2017, no bundler: this file is copied to dist as is. */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var title = params.get('title');
  var text = params.get('text');
  var close = params.get('close');
  if (title) {
    document.getElementById('about-title').textContent = title;
    document.title = title;
  }
  if (text) document.getElementById('about-text').textContent = text;
  var button = document.getElementById('about-close');
  if (close) button.textContent = close;

  var office = window.Office;
  if (!office || typeof office.onReady !== 'function') return;
  office.onReady().then(function () {
    var ui = office.context && office.context.ui;
    if (!ui || typeof ui.messageParent !== 'function') return;
    button.hidden = false;
    button.addEventListener('click', function () {
      try {
        ui.messageParent('close');
      } catch (error) {
        console.error('[about] messageParent failed', error);
      }
    });
  });
})();
