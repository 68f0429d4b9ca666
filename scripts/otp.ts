/**
 * npm run otp [-- <email>]: prints the two-factor code the gateway accepts now for an enrolled
 * user (default: the demo user, Sam Rivera), reading the same state as the gateway
 * (GATEWAY_STORE_FILE, default .data/gateway.db; key GATEWAY_SECRET_KEY or .data/gateway-secret.key).
 * For development and support; in production users read their authenticator app.
 */
import { openAdminContext } from '../src/gateway/admin';
import { DEMO_USER } from '../src/dev-idp/users';

function main() {
  const email = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? DEMO_USER.email;
  const ctx = openAdminContext(process.env);
  try {
    if (!ctx.enrolments.isEnrolled(email)) {
      throw new Error(`${email} has no two-factor code in ${ctx.file}. Start the stack once (npm start) or run npm run otp:enrol -- ${email}.`);
    }
    const { code, validForSeconds } = ctx.enrolments.codeFor(email);
    console.log(`${code}   (${email}; accepted for about ${validForSeconds} s, once)`);
  } finally {
    ctx.close();
  }
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
