import type { Immutable } from 'immer';
import { z } from 'zod';
import { citations, DateValueSchema, longText, shortText } from './common.js';
import { ActorIdSchema, DeadlineIdSchema, DemandIdSchema } from './ids.js';

/**
 * How a deadline ended: `met`, `missed`, `enforced`, `extended` (superseded by another deadline)
 * or `rescinded` (withdrawn).
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineOutcomeSchema } from 'dispute-timeline';
 * DeadlineOutcomeSchema.parse('rescinded');
 * //=> 'rescinded'
 * ```
 */
export const DeadlineOutcomeSchema = z
  .enum(['met', 'missed', 'enforced', 'extended', 'rescinded'])
  .describe('How the deadline ended');

/**
 * One of `met`, `missed`, `enforced`, `extended`, `rescinded`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DeadlineOutcome } from 'dispute-timeline';
 * const outcome: DeadlineOutcome = 'extended';
 * ```
 */
export type DeadlineOutcome = z.infer<typeof DeadlineOutcomeSchema>;

/**
 * A date by which a demand must be met, set by someone, with a consequence. An extension is a new deadline
 * whose `extends` names the one it supersedes, so extensions form a chain.
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineSchema } from 'dispute-timeline';
 * DeadlineSchema.parse({
 *   id: 'deadline-2010-10-31',
 *   due: '2010-10-31',
 *   setOn: '2010-08-30',
 *   setBy: ['mha'],
 *   demands: ['bes-bbm-access'],
 *   extends: 'deadline-2010-08-31',
 *   outcome: 'extended',
 * });
 * ```
 */
export const DeadlineSchema = z
  .strictObject({
    id: DeadlineIdSchema,
    due: DateValueSchema.describe('When it falls due'),
    setOn: DateValueSchema.optional().describe('When it was set or announced'),
    setBy: z.array(ActorIdSchema).min(1).max(100).describe('Who set it'),
    demands: z.array(DemandIdSchema).min(1).max(100).describe('The demands it is for'),
    summary: shortText('the deadline, in one line').optional(),
    consequence: longText('what happens if it is not met').optional(),
    extends: DeadlineIdSchema.optional().describe('The deadline this one extends (supersedes)'),
    outcome: DeadlineOutcomeSchema.optional(),
    sources: citations('Sources for the deadline').optional(),
  })
  .describe('A deadline set for demands');

/**
 * A deadline, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import { blackberryPakistan2015, type Deadline } from 'dispute-timeline';
 * const last: Deadline | undefined = blackberryPakistan2015.deadlines.at(-1);
 * last?.due;
 * //=> '2015-12-30'
 * ```
 */
export type Deadline = Immutable<z.infer<typeof DeadlineSchema>>;

/**
 * What a builder accepts for a deadline.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DeadlineInput } from 'dispute-timeline';
 * const deadline: DeadlineInput = { id: 'dl', due: '2010-08-31', setBy: ['mha'], demands: ['d1'] };
 * ```
 */
export type DeadlineInput = z.input<typeof DeadlineSchema>;
