/**
 * Gateway configuration, validated once at start. Every default is documented here.
 * Later issues add sign-in and Autotask settings to the same schema.
 */
import { z } from 'zod';

export const GatewayConfigSchema = z.object({
  /** Interface to listen on. Default: loopback only. */
  host: z.string().default('127.0.0.1'),
  /** TCP port; 0 picks a free one (tests). Default 3000, the port in the dev manifest. */
  port: z.number().int().min(0).max(65535).default(3000),
  /** Public origin the add-in is served from (manifest URLs). Default: the dev origin. */
  origin: z.string().url().default('https://localhost:3000'),
  /** Folder with the built add-in (webpack "addin" build). */
  distDir: z.string(),
  /** Development only: the workbench build folder; when set, /workbench/ is served and pages
   *  requested with ?_host=workbench get the emulated Office.js. Never set in production. */
  workbenchDir: z.string().optional(),
  /** Development only: the manifest file served at /manifest.xml for the workbench. */
  manifestPath: z.string().optional(),
  /** The Autotask web UI that Home opens. */
  autotaskWebUrl: z.string().url().default('https://localhost:3000/sandbox/'),
  /** TLS material (PEM). Office requires HTTPS. */
  tls: z.object({ key: z.string(), cert: z.string() }).optional(),
  /** Product identity shown by About. */
  version: z.string(),
  build: z.string().default('dev'),
});

export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;
export type GatewayConfigInput = z.input<typeof GatewayConfigSchema>;

export function parseGatewayConfig(input: GatewayConfigInput): GatewayConfig {
  const result = GatewayConfigSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid gateway configuration:\n${lines.join('\n')}\nFix these settings and start again.`);
  }
  return result.data;
}
