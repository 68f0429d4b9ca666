/** HTML of the development identity provider: sign-in, sign-out and error pages (no script). */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font-family:'Segoe UI',system-ui,sans-serif;margin:0;background:#f3f2f1;color:#201f1e}
main{max-width:22rem;margin:3rem auto;background:#fff;padding:1.5rem 2rem;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
h1{font-size:1.25rem;font-weight:600}label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #8a8886;border-radius:2px}
input:focus,button:focus{outline:2px solid #0f6cbd;outline-offset:2px}
button{margin-top:1rem;padding:.5rem 1rem;font-size:1rem;background:#0f6cbd;color:#fff;border:0;border-radius:2px;cursor:pointer}
button.secondary{background:#fff;color:#201f1e;border:1px solid #8a8886}
.hint{font-size:.875rem;color:#605e5c}.error{color:#a4262c;font-weight:600}.badge{font-size:.75rem;color:#605e5c;text-transform:uppercase;letter-spacing:.05em}`;

export function page(title: string, body: string, badge: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>
<p class="badge">${esc(badge)} · development identity provider</p>${body}</main></body></html>`;
}

export function loginPage(opts: { action: string; providerName: string; loginHint?: string; error?: string; users: readonly { email: string }[] }): string {
  const error = opts.error ? `<p class="error" role="alert" id="login-error">${esc(opts.error)}</p>` : '';
  const described = opts.error ? ' aria-describedby="login-error"' : '';
  return page(`Sign in to ${opts.providerName}`, `<h1>Sign in to ${esc(opts.providerName)}</h1>${error}
<form method="post" action="${esc(opts.action)}">
<label for="username">Email address</label>
<input id="username" name="username" type="email" autocomplete="username" required value="${esc(opts.loginHint ?? '')}"${described}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${described}>
<button type="submit">Sign in</button>
</form>
<p class="hint">Development only. Every demo user's password is <strong>demo</strong>: ${opts.users.map((u) => esc(u.email)).join(', ')}.</p>`, opts.providerName);
}

export function logoutPage(host: string, form: string, providerName: string): string {
  return page('Sign out', `<h1>Sign out of ${esc(providerName)}?</h1><p>You are signing out at ${esc(host)}.</p>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`, providerName);
}

export function messagePage(title: string, text: string, providerName: string): string {
  return page(title, `<h1>${esc(title)}</h1><p>${esc(text)}</p>`, providerName);
}
