import { describe, expect, it } from 'vitest';
import { parseTriageCommand } from '../../src/domain/cases/triageCommands';

describe('triage commands', () => {
  it.each([
    ['cases', { kind: 'cases' }],
    ['Open cases.', { kind: 'cases' }],
    ['unassigned', { kind: 'unassigned' }],
    ['mine', { kind: 'mine' }],
    ['case vl-7k3qx', { kind: 'case', id: 'VL-7K3QX' }],
    ['case #VL-7K3QX', { kind: 'case', id: 'VL-7K3QX' }],
    ['stats', { kind: 'stats' }],
    ['export', { kind: 'export' }],
    ['repost', { kind: 'repost' }],
    ['use this channel for takeover cases', { kind: 'use-channel', categories: ['takeover'] }],
    ['use this channel for mfa and personal account cases', { kind: 'use-channel', categories: ['mfa', 'personal-account'] }],
    ['use this channel for all cases', { kind: 'use-channel', categories: ['takeover', 'personal-account', 'mfa', 'other'] }],
    ['use this channel for pizza cases', { kind: 'use-channel-usage' }],
  ])('reads %j', (text, expected) => {
    expect(parseTriageCommand(text)).toEqual(expected);
  });

  it.each(['how many cases do we have', 'case', 'case of beer', 'mine craft', 'exported'])('does not take prose as a command: %j', (text) => {
    expect(parseTriageCommand(text)).toBeUndefined();
  });
});
