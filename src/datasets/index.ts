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
 * The nine shipped cases, by the year they began: Indonesia and RIM (2009), the three BlackBerry cases of 2010
 * (India, the UAE, Saudi Arabia), WhatsApp and Brazil's courts and Pakistan and BlackBerry (2015), Russia and
 * Telegram (2017), Nigeria and Twitter (2021), X and Brazil (2024). Each is also exported by name. The list is
 * frozen; use it to run a query or an exporter over all the cases. Nigeria set conditions but no deadline: a
 * question about deadlines has no answer for it (`null` in `summarizeCases`).
 *
 * @category Datasets
 * @example
 * ```ts
 * import { datasets } from 'dispute-timeline/datasets';
 * datasets.map((dispute) => dispute.id);
 * //=> ['indonesia-blackberry-2009', 'india-blackberry-2010', 'uae-blackberry-2010', 'saudi-blackberry-2010',
 * //    'whatsapp-brazil-2015', 'blackberry-pakistan-2015', 'telegram-russia-2017', 'twitter-nigeria-2021',
 * //    'x-brazil-2024']
 * datasets.filter((dispute) => dispute.deadlines.length === 0).map((dispute) => dispute.id);
 * //=> ['twitter-nigeria-2021']
 * ```
 */
export const datasets: readonly Dispute[] = /* @__PURE__ */ Object.freeze([
  indonesiaBlackberry2009,
  indiaBlackberry2010,
  uaeBlackberry2010,
  saudiBlackberry2010,
  whatsappBrazil2015,
  blackberryPakistan2015,
  telegramRussia2017,
  twitterNigeria2021,
  xBrazil2024,
]);

export { type GenerateDisputeOptions, generateDispute } from './synthetic.js';
