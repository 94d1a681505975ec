import { readFileSync } from 'node:fs';
import { writeHtml } from 'dispute-timeline';
import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT_MODULE, pageScriptModule } from '../../scripts/page-script.js';
import { HTML_PAGE_SCRIPT } from '../../src/formats/support/html-page-script.min.js';

describe("the HTML page's script", () => {
  it('is the minified form of its source (run npx tsx scripts/write-page-script.ts when this fails)', () => {
    expect(readFileSync(PAGE_SCRIPT_MODULE, 'utf8')).toBe(pageScriptModule());
  });

  it('is on the page once, whole, as one classic script', () => {
    const page = writeHtml(saudiBlackberry2010);
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(scripts).toEqual([HTML_PAGE_SCRIPT]);
    expect(HTML_PAGE_SCRIPT).toMatch(/^\(\(\)=>\{.*\}\)\(\);$/s);
    expect(HTML_PAGE_SCRIPT).not.toContain('</');
  });
});
