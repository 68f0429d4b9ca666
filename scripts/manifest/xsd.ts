/** Offline XSD validation of a manifest against the official schemas (libxml2 in wasm). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const ROOT_XSD = 'OfficeAppManifestV1_1.xsd';

export interface XsdResult { valid: boolean; errors: string[] }

export async function validateManifestXsd(xml: string, schemaDir: string, fileName = 'manifest.xml'): Promise<XsdResult> {
  const read = (file: string) => ({ fileName: file, contents: readFileSync(join(schemaDir, file), 'utf8') });
  const others = readdirSync(schemaDir).filter((f) => f.endsWith('.xsd') && f !== ROOT_XSD);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(ROOT_XSD)],
    preload: others.map(read),
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => `${e.loc ? `${e.loc.fileName}:${e.loc.lineNumber}: ` : ''}${e.message}`),
  };
}

/** Where the schemas live: ../shared/schemas/office-manifest beside the repository (never copied in). */
export function defaultSchemaDir(repoRoot: string): string {
  return process.env.OFFICE_MANIFEST_SCHEMAS ?? join(repoRoot, '..', 'shared', 'schemas', 'office-manifest');
}
