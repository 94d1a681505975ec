import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run demo', () => {
  it('prints the Pakistan timeline and the events before the 30 December 2015 deadline', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { encoding: 'utf8' });
    expect(out).toContain('Pakistan and BlackBerry Enterprise Service, 2015');
    expect(out).toContain('Which events came before the 2015-12-30 deadline?');
    expect(out).toContain('Certainly before (7):');
    expect(out).toContain('Possibly before (0):');
    expect(out).toContain('Not more than 4,000 to 5,000 BES users in Pakistan.');
  });
});
