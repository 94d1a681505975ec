/**
 * Writes the minified page script (src/formats/support/html-page-script.min.ts) from its source
 * (src/formats/support/html-page-script.js). The file is committed; tests/formats/html-page-script.test.ts fails
 * when it is stale. Run with `npx tsx scripts/write-page-script.ts`.
 */
import { writeFileSync } from 'node:fs';
import { PAGE_SCRIPT_MODULE, pageScriptModule } from './page-script.js';

writeFileSync(PAGE_SCRIPT_MODULE, pageScriptModule());
console.log('wrote src/formats/support/html-page-script.min.ts');
