import { describe, expect, it } from 'vitest';
import { CASE_ID_ALPHABET, isCaseId, newCaseId, parseCaseId } from '../../src/domain/cases/caseId';

describe('case ids', () => {
  it('draws eight symbols from an alphabet without look-alikes', () => {
    const ids = Array.from({ length: 200 }, () => newCaseId());
    for (const id of ids) {
      expect(id).toMatch(new RegExp(`^VL-[${CASE_ID_ALPHABET}]{8}$`));
      expect(isCaseId(id)).toBe(true);
    }
    expect(CASE_ID_ALPHABET).not.toMatch(/[01IO]/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads ids as people type them, and still reads the five-symbol ids of earlier cases', () => {
    expect(parseCaseId('vl-7k3qx2pm')).toBe('VL-7K3QX2PM');
    expect(parseCaseId('#VL-7K3QX2PM')).toBe('VL-7K3QX2PM');
    expect(parseCaseId('7K3QX2PM')).toBe('VL-7K3QX2PM');
    expect(parseCaseId('vl-7k3qx')).toBe('VL-7K3QX');
    for (const wrong of ['VL-7K3QX2', 'VL-7K3QX2P', 'VL-7K3QX2PMZ', 'VL-0K3QX2PM', 'VL-7K3QX2P!']) expect(parseCaseId(wrong)).toBeUndefined();
  });
});
