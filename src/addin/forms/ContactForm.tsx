/**
 * Add to Autotask > Contact: company, first and last name, email, phone, job title, active.
 * Prefilled from the open message's sender (display name split, "Last, First" too; the company
 * its email domain matches). Before creating, Autotask is asked for the email address: a contact
 * that has it is linked instead of making a second one (also when the sender already is one).
 * @jsxRuntime automatic
 */
import { Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { EntityFields } from '../../autotask';
import { matchSender, type SenderDecision } from '../email/sender-match';
import { senderQuery } from '../email/sender-query';
import { draftKey } from '../connectivity/use-draft';
import type { MailboxItemSummary } from '../office';
import { t } from '../strings';
import { itemKey } from './FormShell';
import { senderPort, useAutotaskClient } from './autotask-services';
import { CompanyPicker } from './CompanyPicker';
import { blankContact, contactBody, contactFromSender, CONTACT_LABELS, validateContact, type ContactValues } from './contact-form';
import { saveContact, type ExistingContact } from './contact-save';
import { contactWebUrl } from './crm-links';
import { contactPort } from './crm-services';
import { FormProblems, LoadFailed, loadWebUrl, useCrmFormStyles, useDraftValues, useFormLoad, useSaveFlow } from './CrmFormParts';
import { OpenLink, ResultPanel } from './ResultPanel';
import { SaveButton } from './SaveButton';

interface Loaded {
  fields: EntityFields;
  webUrl: string | null;
  decision: SenderDecision | null;
}

interface Duplicate {
  by: 'email' | 'name';
  existing: ExistingContact[];
}

/** Contacts the sender already is, from the sender match. */
function senderContacts(decision: SenderDecision | null): ExistingContact[] {
  const list = decision?.kind === 'contact' ? [decision.contact] : decision?.kind === 'contact-choice' ? decision.contacts : [];
  return list.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}`.trim(), companyID: c.companyID, companyName: c.companyName ?? '', email: c.emailAddress ?? '' }));
}

function DuplicateBar({ duplicate, webUrl, email }: { duplicate: Duplicate; webUrl: string | null; email: string }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="contact-duplicate">
      <MessageBarBody>
        <MessageBarTitle>{t('crm.contact.duplicate.title')}</MessageBarTitle>
        {duplicate.by === 'email' ? t('crm.contact.duplicate.email', { email }) : t('crm.contact.duplicate.name')}
        <ul>
          {duplicate.existing.map((c) => {
            const text = t('crm.contact.duplicate.item', { name: c.name, company: c.companyName || `#${c.companyID}` });
            return <li key={c.id}>{webUrl ? <OpenLink url={contactWebUrl(webUrl, c.id)}>{text}</OpenLink> : text}</li>;
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function ContactForm({ item }: { item: MailboxItemSummary | null }) {
  const styles = useCrmFormStyles();
  const client = useAutotaskClient();
  const form = useDraftValues<ContactValues>(draftKey('add-contact', itemKey(item)));
  const flow = useSaveFlow();
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [uncertain, setUncertain] = useState<readonly number[] | null>(null);
  const from = item?.itemType === 'message' ? item.from : null;
  const load = useFormLoad<Loaded>(
    async () => {
      const decision = from ? matchSender(senderQuery(from, '', false), senderPort(client)).catch(() => null) : null;
      const [fields, webUrl, matched] = await Promise.all([client.metadata.fields('Contacts'), loadWebUrl(), decision]);
      return { fields, webUrl, decision: matched };
    },
    (data) => {
      const existing = senderContacts(data.decision);
      if (existing.length) setDuplicate({ by: 'email', existing });
      form.restore(contactFromSender(from, data.decision), (v) => typeof v.firstName === 'string' && typeof v.isActive === 'boolean');
    },
    [client, item],
  );

  if (load.error) return <LoadFailed text={load.error} onRetry={load.retry} />;
  const v = form.values;
  const loaded = load.data;
  if (!loaded || !v) return <Spinner size="small" label={t('crm.loading')} />;
  const { fields, decision } = loaded;
  const { problemOf, saving } = flow;
  if (flow.result) return <ResultPanel result={flow.result} onAnother={() => { flow.setResult(null); setDuplicate(null); form.reset(blankContact()); }} />;

  const change = (patch: Partial<ContactValues>) => {
    if (patch.emailAddress !== undefined || patch.firstName !== undefined || patch.lastName !== undefined) setDuplicate(null);
    form.update(patch);
  };

  const save = () =>
    flow.submit(
      validateContact(v, fields),
      async () => {
        const body = contactBody(v);
        const outcome = await saveContact(contactPort(client), body, { uncertain });
        setUncertain(null);
        if (outcome.kind === 'duplicate') {
          setDuplicate({ by: body.emailAddress ? 'email' : 'name', existing: outcome.existing });
          return null;
        }
        form.reset(v);
        return {
          title: t('crm.contact.created'),
          number: t('crm.contact.number', { id: outcome.id }),
          url: loaded.webUrl ? contactWebUrl(loaded.webUrl, outcome.id) : null,
          uploads: null,
          notes: outcome.recovered ? [t('crm.recovered')] : [],
        };
      },
      (error) => setUncertain(error.knownIds),
    );

  const domain = v.emailAddress.includes('@') ? v.emailAddress.slice(v.emailAddress.lastIndexOf('@') + 1) : '';
  const matchedCompany = decision?.kind === 'company' && decision.company.id === v.companyID;
  const warning = decision && (decision.kind === 'internal' || decision.kind === 'none' || decision.kind === 'company-choice') ? decision.message : null;
  const lengthHint = (name: keyof ContactValues) => {
    const max = fields.maxLength(name);
    const value = v[name];
    return max && typeof value === 'string' ? t('form.length', { count: value.length, max }) : undefined;
  };
  return (
    <form className={styles.form} aria-label={t('crm.contact.label')} onSubmit={(e) => e.preventDefault()}>
      {item?.from && decision ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('crm.contact.fromSender')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {warning ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`${warning} ${t('form.company.pick')}`}</MessageBarBody>
        </MessageBar>
      ) : null}
      <CompanyPicker
        client={client}
        value={v.companyID ? { id: v.companyID, name: v.companyName } : null}
        onChange={(picked) => change({ companyID: picked?.id ?? null, companyName: picked?.name ?? '' })}
        validationMessage={problemOf('companyID')}
        disabled={saving}
      />
      {matchedCompany && domain ? <MessageBar intent="success"><MessageBarBody>{t('crm.contact.companyMatched', { domain })}</MessageBarBody></MessageBar> : null}
      <div className={styles.pair}>
        <Field label={CONTACT_LABELS.firstName} required validationMessage={problemOf('firstName')} hint={lengthHint('firstName')}>
          <Input value={v.firstName} disabled={saving} onChange={(_e, d) => change({ firstName: d.value })} />
        </Field>
        <Field label={CONTACT_LABELS.lastName} required validationMessage={problemOf('lastName')} hint={lengthHint('lastName')}>
          <Input value={v.lastName} disabled={saving} onChange={(_e, d) => change({ lastName: d.value })} />
        </Field>
      </div>
      <Field label={CONTACT_LABELS.emailAddress} validationMessage={problemOf('emailAddress')}>
        <Input type="email" value={v.emailAddress} disabled={saving} onChange={(_e, d) => change({ emailAddress: d.value })} />
      </Field>
      <Field label={CONTACT_LABELS.phone} validationMessage={problemOf('phone')} hint={lengthHint('phone')}>
        <Input type="tel" value={v.phone} disabled={saving} onChange={(_e, d) => change({ phone: d.value })} />
      </Field>
      <Field label={CONTACT_LABELS.title} validationMessage={problemOf('title')} hint={lengthHint('title')}>
        <Input value={v.title} disabled={saving} onChange={(_e, d) => change({ title: d.value })} />
      </Field>
      <Checkbox label={t('crm.contact.active')} checked={v.isActive} disabled={saving} onChange={(_e, d) => change({ isActive: d.checked === true })} />
      {duplicate ? <DuplicateBar duplicate={duplicate} webUrl={loaded.webUrl} email={v.emailAddress} /> : null}
      <FormProblems problems={flow.problems} refusal={flow.refusal} />
      <SaveButton label={t('crm.contact.save')} saving={saving} onClick={() => void save()} disabled={duplicate !== null} />
    </form>
  );
}
