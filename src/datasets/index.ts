/**
 * The shipped datasets: cases built from published sources, each validated when loaded.
 * @module dispute-timeline/datasets
 */
import type { Dispute } from '../model/dispute.js';
import { blackberryPakistan2015 } from './blackberry-pakistan-2015.js';
import { indiaBlackberry2010 } from './india-blackberry-2010.js';
import { indonesiaBlackberry2009 } from './indonesia-blackberry-2009.js';
import { saudiBlackberry2010 } from './saudi-blackberry-2010.js';
import { telegramRussia2017 } from './telegram-russia-2017.js';
import { twitterNigeria2021 } from './twitter-nigeria-2021.js';
import { uaeBlackberry2010 } from './uae-blackberry-2010.js';
import { whatsappBrazil2015 } from './whatsapp-brazil-2015.js';
import { xBrazil2024 } from './x-brazil-2024.js';

export {
  blackberryPakistan2015,
  indiaBlackberry2010,
  indonesiaBlackberry2009,
  saudiBlackberry2010,
  telegramRussia2017,
  twitterNigeria2021,
  uaeBlackberry2010,
  whatsappBrazil2015,
  xBrazil2024,
};

/**
 * The four BlackBerry cases, in the order they began: India, the UAE and Saudi Arabia in 2010, Pakistan in 2015.
 * The five cases of the second fact sheet (Indonesia, WhatsApp in Brazil, Telegram in Russia, Twitter in Nigeria,
 * X in Brazil) are exported by name and join this list with their JSON copies. The list is frozen; use it to run
 * a query or an exporter over all the cases.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { datasets } from 'dispute-timeline/datasets';
 * datasets.map((dispute) => dispute.id);
 * //=> ['india-blackberry-2010', 'uae-blackberry-2010', 'saudi-blackberry-2010', 'blackberry-pakistan-2015']
 * ```
 */
export const datasets: readonly Dispute[] = /* @__PURE__ */ Object.freeze([
  indiaBlackberry2010,
  uaeBlackberry2010,
  saudiBlackberry2010,
  blackberryPakistan2015,
]);

export { type GenerateDisputeOptions, generateDispute } from './synthetic.js';
