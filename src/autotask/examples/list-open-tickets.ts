/**
 * Example (Node script, direct mode): print the open tickets of one company.
 *
 *   AUTOTASK_USERNAME=… AUTOTASK_SECRET=… AUTOTASK_INTEGRATION_CODE=… \
 *     npx tsx src/autotask/examples/list-open-tickets.ts "Contoso Dental Group"
 *
 * The company is a name (exact, case-insensitive) or an id. AUTOTASK_DISCOVERY_URL overrides where
 * zone discovery starts (e.g. the sandbox's `…/atservicesrest/`). "Open" = any status but Complete,
 * resolved from the tenant's own picklist, as status ids are tenant-specific.
 */
import { AutotaskError, createAutotaskClient, where } from '../index';
import { directOptionsFromEnv } from '../env';

async function main(): Promise<number> {
  const company = process.argv[2];
  const options = directOptionsFromEnv(process.env);
  if (!company || !options) {
    console.error('usage: AUTOTASK_USERNAME=… AUTOTASK_SECRET=… AUTOTASK_INTEGRATION_CODE=… list-open-tickets.ts "<company name or id>"');
    return 2;
  }
  const at = createAutotaskClient(options);

  const [match] = /^\d+$/.test(company)
    ? await at.companies.queryAll({ filter: where.eq('id', Number(company)), includeFields: ['companyName'] })
    : await at.companies.queryAll({ filter: where.eq('companyName', company), includeFields: ['companyName'] });
  if (!match) {
    console.error(`No company named ${JSON.stringify(company)}.`);
    return 1;
  }

  const status = await at.metadata.picklist('Tickets', 'status');
  const complete = status.valueOf('Complete');
  const filter = complete === undefined ? [where.eq('companyID', match.id)] : [where.eq('companyID', match.id), where.noteq('status', complete)];

  console.log(`Open tickets for ${match.companyName} (#${match.id}):`);
  let n = 0;
  for await (const t of at.tickets.query({ filter, includeFields: ['ticketNumber', 'title', 'status', 'dueDateTime'] })) {
    n += 1;
    const due = t.dueDateTime ? `  due ${t.dueDateTime.slice(0, 10)}` : '';
    console.log(`  ${t.ticketNumber}  ${(status.label(t.status) ?? String(t.status)).padEnd(18)}  ${t.title}${due}`);
  }
  console.log(`${n} open ticket${n === 1 ? '' : 's'}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // AutotaskError messages never contain credentials; print nothing else of the error.
    console.error(err instanceof AutotaskError ? `${err.code}: ${err.message}` : String(err));
    process.exit(1);
  },
);
