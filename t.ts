import { readCsv, writeCsv } from './src/index.ts';
import { blackberryPakistan2015 } from './src/datasets/index.ts';
console.log(writeCsv(blackberryPakistan2015, { columns: ['id', 'date', 'precision', 'earliest', 'time_zone'] }).split('\r\n')[6]);
try {
  readCsv('id,date,kind,title,actors,source_ids,confidence\r\ne1,30/12/2015,order,Order,pta,src,confirmed\r\n');
} catch (error) { console.log((error as any).issues[0]); }
