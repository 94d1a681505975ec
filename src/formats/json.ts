import { parseDispute, serializeDispute } from '../builder/json.js';
import { defineFormat } from './format.js';

/** The dispute's own JSON form: lossless, read back by `parseDispute`. */
export const jsonFormat = /* @__PURE__ */ defineFormat({
  name: 'json',
  description: "the dispute's own JSON form (lossless; read back by parseDispute)",
  mediaType: 'application/json',
  extension: '.json',
  write: (dispute) => serializeDispute(dispute),
  read: (text) => parseDispute(text),
});
