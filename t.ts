import { blackberryPakistan2015, saudiBlackberry2010, uaeBlackberry2010 } from './src/datasets/index.ts';
import { CSV_COLUMNS, readCsv, writeCsv } from './src/index.ts';

console.log(writeCsv(uaeBlackberry2010, { collection: 'actors' }).split('\r\n')[0]);
console.log(
  JSON.stringify(
    writeCsv(saudiBlackberry2010, { columns: ['id', 'date', 'confidence'], bom: true })
      .split('\r\n')
      .slice(0, 2),
  ),
);
console.log(CSV_COLUMNS.events.slice(0, 9), CSV_COLUMNS.events.length);
const rows = writeCsv(blackberryPakistan2015).split('\r\n');
console.log(rows[0]?.split(',').slice(0, 8), rows[2]?.split(',').slice(0, 8));
console.log(
  JSON.stringify(
    writeCsv(blackberryPakistan2015, { collection: 'deadlines', columns: ['id', 'due', 'extends'] }),
  ),
);
const events = readCsv(writeCsv(blackberryPakistan2015));
console.log(events.length, JSON.stringify(events) === JSON.stringify(blackberryPakistan2015.events));
console.log(writeCsv(blackberryPakistan2015));
