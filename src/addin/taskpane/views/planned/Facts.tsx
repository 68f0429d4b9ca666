/**
 * A labelled list of facts (<dl>), the "what it will use" of a planned route.
 * @jsxRuntime automatic
 */
import { usePlannedStyles } from './styles';

export interface Fact {
  term: string;
  value: string;
}

export function Facts({ facts }: { facts: readonly Fact[] }) {
  const styles = usePlannedStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(({ term, value }) => (
        <div key={term} className={styles.row}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
