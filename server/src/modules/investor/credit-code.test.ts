import { describe, expect, it } from 'vitest';
import { creditCodeCheck, isCreditCode } from './credit-code.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it("takes SPEC 3.1's valid example and refuses its invalid one", () => {
    expect(isCreditCode('91330604MA2BCDEF1M')).toBe(true);
    expect(isCreditCode('91330604MA2BCDEF1N')).toBe(false);
  });

  it('refuses lower case, a wrong length and characters outside the set', () => {
    expect(isCreditCode('91330604ma2bcdef1m')).toBe(false);
    expect(isCreditCode('91330604MA2BCDEF1')).toBe(false);
    expect(isCreditCode('91330604MA2BCDEF1MM')).toBe(false);
    // I, O, S, V and Z are not in the set, even where the sum would fit.
    expect(isCreditCode('91330604MA2BCDEFIM')).toBe(false);
  });

  it('writes a remainder of 0 as the check character 0, not 31', () => {
    // Find a body whose weighted sum is a multiple of 31, then check both the rule and the code.
    const body = Array.from({ length: 31 }, (_, d) => `9133060${String.fromCharCode(48 + (d % 10))}MA2BCDEF1`)
      .flatMap((b) => '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('').map((c) => `${b.slice(0, 16)}${c}`))
      .find((b) => creditCodeCheck(b) === '0');
    expect(body).toBeDefined();
    expect(isCreditCode(`${body}0`)).toBe(true);
    expect(isCreditCode(`${body}Y`)).toBe(false);
  });
});
