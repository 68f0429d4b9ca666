/**
 * npm run otp:enrol -- <email> [--force]: creates a user's two-factor secret (sealed in the
 * gateway's store) and prints the otpauth URI and a QR code to scan with an authenticator app.
 * Replacing an existing secret needs --force (the old codes stop working).
 * Production: run where the gateway runs, with the same GATEWAY_STORE_FILE and GATEWAY_SECRET_KEY.
 * Show the QR code only to the user it belongs to; the URI contains the secret.
 */
import { openAdminContext } from '../src/gateway/admin';
import { terminalQr } from '../src/gateway/auth/otp';

async function main() {
  const args = process.argv.slice(2);
  const email = args.find((a) => !a.startsWith('-'));
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new Error('Usage: npm run otp:enrol -- <email> [--force]   (the Autotask resource\'s email address)');
  }
  const ctx = openAdminContext(process.env);
  try {
    if (ctx.enrolments.isEnrolled(email) && !args.includes('--force')) {
      throw new Error(`${email} is already enrolled. Add --force to replace the secret (the user must scan the new QR code).`);
    }
    const { uri, email: normalized } = ctx.enrolments.enrol(email);
    console.log(`Enrolled ${normalized} in ${ctx.file}.\n`);
    console.log(await terminalQr(uri));
    console.log(`Scan the QR code with an authenticator app, or enter this URI:\n${uri}\n`);
    console.log('Sign-in also needs an active Autotask resource with this email address.');
  } finally {
    ctx.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
