/**
 * After a save: the record's number with "Open in Autotask", what happened to the attachments and
 * to the message (category, saved marker), and "Save another".
 * @jsxRuntime automatic
 */
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useOffice } from '../taskpane/pane-context';
import { t } from '../strings';
import type { UploadReport } from './attachments-upload';

export interface SaveResult {
  title: string;
  number: string;
  url: string | null;
  uploads: UploadReport | null;
  notes: string[];
}

export function OpenLink({ url, children }: { url: string; children: string }) {
  const office = useOffice();
  return (
    <Link
      href={url}
      target="_blank"
      rel="noreferrer"
      onClick={(e) => {
        e.preventDefault();
        void office.openBrowserWindow(url).catch(() => window.open(url, '_blank', 'noopener'));
      }}
    >
      {children}
    </Link>
  );
}

export function ResultPanel({ result, onAnother }: { result: SaveResult; onAnother(): void }) {
  const { uploads } = result;
  return (
    <section aria-label={result.title} data-testid="save-result">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{result.title}</MessageBarTitle>
          <Text data-testid="saved-number">{result.number}</Text>{' '}
          {result.url ? <OpenLink url={result.url}>{t('form.openInAutotask')}</OpenLink> : null}
        </MessageBarBody>
      </MessageBar>
      {uploads && uploads.uploaded.length ? <Text as="p">{t('form.attachments.uploaded', { names: uploads.uploaded.join(', ') })}</Text> : null}
      {uploads && uploads.failed.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.attachments.failed')}</MessageBarTitle>
            <ul>
              {uploads.failed.map((f) => (
                <li key={f.name}>{`${f.name}: ${f.reason}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result.notes.map((n) => (
        <MessageBar key={n} intent="info" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      <Button onClick={onAnother}>{t('form.saveAnother')}</Button>
    </section>
  );
}
