import { describe, expect, it } from 'vitest';
import { downloadFile, hostAllowed } from '../../src/clients/fileDownload';
import { readConfig } from '../../src/config';

describe('FILE_DOWNLOAD_HOSTS', () => {
  it('matches exact hosts and any host under a *. domain, never the domain itself or a look-alike', () => {
    const patterns = ['*.sharepoint.com', 'files.contoso.com'];
    expect(hostAllowed('contoso.sharepoint.com', patterns)).toBe(true);
    expect(hostAllowed('Contoso-My.SharePoint.com', patterns)).toBe(true);
    expect(hostAllowed('files.contoso.com', patterns)).toBe(true);
    for (const host of ['sharepoint.com', 'evilsharepoint.com', 'sharepoint.com.evil.example', 'x.files.contoso.com', 'contoso.com']) expect(hostAllowed(host, patterns), host).toBe(false);
  });

  it('defaults to *.sharepoint.com and refuses what is not a host or *.domain', () => {
    expect(readConfig({}, '/tmp').fileDownloadHosts).toEqual(['*.sharepoint.com']);
    expect(readConfig({ FILE_DOWNLOAD_HOSTS: 'localhost, *.Contoso.com' }, '/tmp').fileDownloadHosts).toEqual(['localhost', '*.contoso.com']);
    for (const bad of ['*', '*.', 'https://x.com', 'a*.b.com', ' , ']) expect(() => readConfig({ FILE_DOWNLOAD_HOSTS: bad }, '/tmp'), bad).toThrow(/FILE_DOWNLOAD_HOSTS/);
  });

  it('never asks a host not allowed, nor over http, nor with credentials in the link', async () => {
    const asked: string[] = [];
    const fetch = (async (url: URL) => (asked.push(String(url)), new Response('a@b.com'))) as unknown as typeof globalThis.fetch;
    for (const url of ['https://evil.example/x.csv', 'http://contoso.sharepoint.com/x.csv', 'https://u:p@contoso.sharepoint.com/x.csv', 'not a url']) {
      expect(await downloadFile(url, { allowedHosts: ['*.sharepoint.com'], fetch })).toEqual({ ok: false, problem: 'not-allowed' });
    }
    expect(asked).toEqual([]);
    expect(await downloadFile('https://contoso.sharepoint.com/x.csv', { allowedHosts: ['*.sharepoint.com'], fetch })).toEqual({ ok: true, text: 'a@b.com' });
  });
});
