/**
 * Direct-mode settings from environment variables (Node scripts, the gateway). Takes the env
 * object as a parameter so the module stays isomorphic: `directOptionsFromEnv(process.env)`.
 *   AUTOTASK_USERNAME, AUTOTASK_SECRET, AUTOTASK_INTEGRATION_CODE   required
 *   AUTOTASK_DISCOVERY_URL                                          optional (default: webservices.autotask.net)
 *   AUTOTASK_IMPERSONATION_RESOURCE_ID                              optional
 */
import type { DirectClientOptions } from './client';

export const AUTOTASK_ENV_VARS = ['AUTOTASK_USERNAME', 'AUTOTASK_SECRET', 'AUTOTASK_INTEGRATION_CODE'] as const;

/** The direct-mode options, or undefined when any required variable is missing or empty. */
export function directOptionsFromEnv(env: Record<string, string | undefined>): DirectClientOptions | undefined {
  const [username, secret, integrationCode] = AUTOTASK_ENV_VARS.map((k) => env[k]?.trim());
  if (!username || !secret || !integrationCode) return undefined;
  const imp = env.AUTOTASK_IMPERSONATION_RESOURCE_ID?.trim();
  return {
    mode: 'direct',
    credentials: { username, secret, integrationCode },
    ...(env.AUTOTASK_DISCOVERY_URL?.trim() ? { discoveryUrl: env.AUTOTASK_DISCOVERY_URL.trim() } : {}),
    ...(imp && /^\d+$/.test(imp) ? { impersonationResourceId: Number(imp) } : {}),
  };
}
