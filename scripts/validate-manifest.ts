/**
 * npm run validate: checks ./manifest.xml (and dist/manifest.xml when built) offline
 * against the official XSDs in ../shared/schemas/office-manifest and the platform limits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkManifestLimits } from './manifest/limits';
import { registeredFunctions } from './manifest/registered-functions';
import { defaultSchemaDir, validateManifestXsd } from './manifest/xsd';

async function main() {
  const root = resolve(__dirname, '..');
  const schemaDir = defaultSchemaDir(root);
  if (!existsSync(schemaDir)) throw new Error(`Schemas not found at ${schemaDir}. Set OFFICE_MANIFEST_SCHEMAS to the folder with OfficeAppManifestV1_1.xsd.`);
  const distDir = resolve(root, 'dist');
  const built = existsSync(resolve(distDir, 'commands.html'));
  const functions = built ? await registeredFunctions(distDir) : undefined;
  let failed = false;
  for (const file of [resolve(root, 'manifest.xml'), resolve(distDir, 'manifest.xml')]) {
    if (!existsSync(file)) continue;
    const xml = readFileSync(file, 'utf8');
    const xsd = await validateManifestXsd(xml, schemaDir);
    const origin = /<SourceLocation DefaultValue="(https:\/\/[^/"]+)/.exec(xml)?.[1];
    const limits = checkManifestLimits(xml, built ? { distDir, origin, registeredFunctions: functions } : {});
    const problems = [...xsd.errors, ...limits.problems];
    console.log(`${file}: ${problems.length ? `${problems.length} problem(s)` : 'valid'}${built ? '' : ' (not built: URL and function checks skipped; run npm run build)'}`);
    problems.forEach((p) => console.log(`  - ${p}`));
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
