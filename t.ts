import { readSpreadsheet, TIMELINEJS_SHEET_COLUMNS, writeTimelineJsSheet } from './src/index.ts';
import { datasets, blackberryPakistan2015, indiaBlackberry2010 } from './src/datasets/index.ts';
const sheet = writeTimelineJsSheet(blackberryPakistan2015);
console.log(sheet);
const dispute = readSpreadsheet(sheet, { dispute: { id: 'from-the-sheet', title: 'From the sheet', timeZone: 'Asia/Karachi' }, columns: TIMELINEJS_SHEET_COLUMNS, actorKind: 'company' });
console.log(dispute.events.map((event) => event.date).slice(0, 2));
const rows = writeTimelineJsSheet(indiaBlackberry2010).split('\r\n');
console.log(rows.find((row) => row.includes('about'))?.split(',').slice(0, 9));
for (const d of datasets) {
  const back = readSpreadsheet(writeTimelineJsSheet(d), { dispute: { id: 'x', title: 'x', timeZone: d.timeZone }, columns: TIMELINEJS_SHEET_COLUMNS, actorKind: 'company' });
  const want = d.events.map(e => typeof e.date === 'string' ? e.date : e.date.value);
  const got = back.events.map(e => e.date);
  console.log(d.id, JSON.stringify(want) === JSON.stringify(got) ? 'same dates' : [want, got]);
}
