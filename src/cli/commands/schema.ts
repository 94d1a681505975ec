import { disputeJsonSchema } from '../../index.js';
import { defineCommand } from '../command.js';

/** `dispute-timeline schema`: the JSON Schema of the JSON form. */
export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'the JSON Schema of a dispute’s JSON form',
  usage: ['schema'],
  description: [
    'Prints the JSON Schema (draft 2020-12) of the JSON form that show, query, export and validate read: the same ' +
      'file the package ships as dispute-timeline/dispute.schema.json.',
  ],
  arguments: [],
  positionals: { min: 0, max: 0 },
  options: [],
  examples: ['schema > dispute.schema.json'],
  async run({ out }) {
    await out.write(`${JSON.stringify(disputeJsonSchema(), null, 2)}\n`);
    return 0;
  },
});
