import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/text/catalog';
import { catalog } from '../../src/text/en';

/** The type checks are the test: `npm run typecheck` fails when an expected error goes away. */
describe('the catalog type', () => {
  it('takes the English catalog, and other words for the same keys', () => {
    const english: Catalog = catalog;
    const other: Catalog = { ...catalog, appName: 'Anmelde-Assistent', cancel: { ...catalog.cancel, done: 'OK, gestoppt.' } };
    expect(other.appName).not.toBe(english.appName);
  });

  it('refuses a catalog that lacks a key, at any depth, or has a sentence of another kind', () => {
    const { appName: _appName, ...withoutAppName } = catalog;
    // @ts-expect-error appName is missing
    const lacksTopKey: Catalog = withoutAppName;
    const { done: _done, ...cancelWithoutDone } = catalog.cancel;
    // @ts-expect-error cancel.done is missing
    const lacksNestedKey: Catalog = { ...catalog, cancel: cancelWithoutDone };
    // @ts-expect-error account.workChoice is a sentence about an address, not a fixed string
    const otherKind: Catalog = { ...catalog, account: { ...catalog.account, workChoice: 'My work account' } };
    expect([lacksTopKey, lacksNestedKey, otherKind]).toHaveLength(3);
  });
});
