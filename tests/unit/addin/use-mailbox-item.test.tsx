/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { primeMailboxItem, useMailboxItem } from '../../../src/addin/taskpane/use-mailbox-item';
import { createFakeFacade, messageSummary } from './fakes/fake-facade';

function Probe({ office }: { office: Parameters<typeof useMailboxItem>[0] }) {
  const state = useMailboxItem(office);
  return <p>{state.status === 'ready' ? `ready: ${state.item?.subject ?? 'no item'}` : 'loading'}</p>;
}

describe('useMailboxItem', () => {
  it('renders the item the boot primed on the very first render, and reads it only once', async () => {
    const office = createFakeFacade();
    (office.getMailboxItemSummary as jest.Mock).mockResolvedValue(messageSummary({ subject: 'Primed subject' }));
    await primeMailboxItem(office);
    render(<Probe office={office} />);
    expect(screen.getByText('ready: Primed subject')).toBeInTheDocument();
    expect(office.getMailboxItemSummary).toHaveBeenCalledTimes(1);
  });

  it('without priming, shows loading and then reads the item itself', async () => {
    const office = createFakeFacade();
    (office.getMailboxItemSummary as jest.Mock).mockResolvedValue(messageSummary({ subject: 'Read later' }));
    render(<Probe office={office} />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('ready: Read later')).toBeInTheDocument();
  });

  it('a failed boot read leaves the hook to read again', async () => {
    const office = createFakeFacade();
    (office.getMailboxItemSummary as jest.Mock).mockRejectedValueOnce(new Error('busy')).mockResolvedValue(messageSummary({ subject: 'Second try' }));
    await primeMailboxItem(office);
    render(<Probe office={office} />);
    expect(await screen.findByText('ready: Second try')).toBeInTheDocument();
  });
});
