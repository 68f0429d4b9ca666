/**
 * Demo users of the development identity provider. They match the sandbox's Harborline IT
 * resources (docs/sandbox.md) plus one address that Autotask does not know. Password: "demo".
 */

export interface DemoUser {
  email: string;
  name: string;
  password: string;
  /** What the sandbox has for this address (for readers and tests). */
  note: string;
}

export const DEMO_PASSWORD = 'demo';

const user = (email: string, name: string, note: string): DemoUser => ({ email, name, password: DEMO_PASSWORD, note });

export const DEMO_USERS: readonly DemoUser[] = [
  user('sam.rivera@harborline-it.com', 'Sam Rivera', 'Service desk technician (the demo user)'),
  user('priya.natarajan@harborline-it.com', 'Priya Natarajan', 'Project manager'),
  user('dan.okafor@harborline-it.com', 'Dan Okafor', 'Field engineer'),
  user('lena.hart@harborline-it.com', 'Lena Hart', 'Managing director'),
  user('chris.dale@harborline-it.com', 'Chris Dale', 'Contractor: his security level does not allow impersonation'),
  user('olivia.brandt@harborline-it.com', 'Olivia Brandt', 'Inactive resource (left the company)'),
  user('guest@harborline-it.com', 'Guest Account', 'No Autotask resource has this address'),
];

export const DEMO_USER = DEMO_USERS[0]!;

export function findDemoUser(login: string): DemoUser | undefined {
  const l = login.trim().toLowerCase();
  return DEMO_USERS.find((u) => u.email === l);
}
