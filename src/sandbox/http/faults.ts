/** Injected failures (FaultRule): first matching rule with uses left wins. */
import type { FaultRule } from '../options';

interface Armed {
  rule: FaultRule;
  left: number;
}

export class FaultInjector {
  private armed: Armed[] = [];

  set(rules: FaultRule[]): void {
    this.armed = rules.map((rule) => ({ rule, left: rule.times ?? Infinity }));
  }

  add(rule: FaultRule): void {
    this.armed.push({ rule, left: rule.times ?? Infinity });
  }

  clear(): void {
    this.armed = [];
  }

  /** The fault for this request, consuming one use, or undefined. */
  take(method: string, path: string): FaultRule | undefined {
    for (const a of this.armed) {
      if (a.left <= 0) continue;
      const m = a.rule.match;
      if (m.method && m.method.toUpperCase() !== method.toUpperCase()) continue;
      m.path.lastIndex = 0;
      if (!m.path.test(path)) continue;
      a.left -= 1;
      return a.rule;
    }
    return undefined;
  }

  pending(): number {
    return this.armed.reduce((n, a) => n + (a.left === Infinity ? 1 : a.left), 0);
  }
}
