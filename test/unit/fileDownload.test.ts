import { describe, expect, it } from 'vitest';
import { downloadFile, hostAllowed } from '../../src/clients/fileDownload';
import { parseRecipientList } from '../../src/domain/campaigns/recipients';
import { fetchFake as fakeFetch } from '../fakes/fetchFake';

const hosts = ['*.sharepoint.com'];

describe('downloading a campaign list file', () => {
  it('allows *.domain hosts under the domain only', () => {
    expect(hostAllowed('contoso.sharepoint.com', hosts)).toBe(true);
    expect(hostAllowed('sharepoint.com', hosts)).toBe(false);
    expect(hostAllowed('evilsharepoint.com', hosts)).toBe(false);
  });

  it('follows a redirect on the same host and reads the text', async () => {
    const { get } = fakeFetch({
      'https://contoso.sharepoint.com/a.csv': () => new Response('', { status: 302, headers: { location: '/b.csv' } }),
      'https://contoso.sharepoint.com/b.csv': () => new Response('alex@contoso.com\n'),
    });
    expect(await downloadFile('https://contoso.sharepoint.com/a.csv', { allowedHosts: hosts, fetch: get })).toEqual({ ok: true, text: 'alex@contoso.com\n' });
  });

  it('does not follow a redirect to another host', async () => {
    const { get, asked } = fakeFetch({ 'https://contoso.sharepoint.com/a.csv': () => new Response('', { status: 302, headers: { location: 'https://evil.example/a.csv' } }) });
    expect(await downloadFile('https://contoso.sharepoint.com/a.csv', { allowedHosts: hosts, fetch: get })).toEqual({ ok: false, problem: 'redirect' });
    expect(asked).toEqual(['https://contoso.sharepoint.com/a.csv']);
  });

  it('refuses a file over the cap, declared or streamed', async () => {
    const big = 'x'.repeat(2_000_001);
    const { get } = fakeFetch({
      'https://contoso.sharepoint.com/declared.csv': () => new Response('x', { headers: { 'content-length': '2000001' } }),
      'https://contoso.sharepoint.com/streamed.csv': () => new Response(big),
    });
    expect(await downloadFile('https://contoso.sharepoint.com/declared.csv', { allowedHosts: hosts, fetch: get })).toEqual({ ok: false, problem: 'too-large' });
    expect(await downloadFile('https://contoso.sharepoint.com/streamed.csv', { allowedHosts: hosts, fetch: get })).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('hostile list content', () => {
  it('refuses formula-looking cells as addresses, naming the line', () => {
    const list = parseRecipientList('alex@contoso.com\n=HYPERLINK("https://evil.example","x")@contoso.com\n');
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.problems[0]).toMatchObject({ code: 'bad-line', line: 2 });
  });

  it('refuses a 200 KB single line without storing anything', () => {
    const list = parseRecipientList(`${'a'.repeat(200_000)}@contoso.com`);
    expect(list.ok).toBe(false);
  });
});
