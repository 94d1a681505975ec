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
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * saudiBlackberry2010.deadlines.map((deadline) => DeadlineOutcomeSchema.parse(deadline.outcome));
 * //=> ['extended', 'rescinded']
 * DeadlineOutcomeSchema.options;
 * //=> ['met', 'missed', 'enforced', 'extended', 'rescinded']
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
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const outcomes: (DeadlineOutcome | undefined)[] = blackberryPakistan2015.deadlines.map((d) => d.outcome);
 * outcomes;
 * //=> ['extended', 'rescinded']
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
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const reprieve = indiaBlackberry2010.deadlines.find((deadline) => deadline.id === 'deadline-2010-10-31');
 * DeadlineSchema.parse(reprieve).extends;
 * //=> 'deadline-2010-08-31'
 * DeadlineSchema.safeParse({ ...reprieve, setBy: [] }).success; // someone set it
 * //=> false
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
 * import type { Deadline } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The 30 November shutdown was extended to 30 December, and then rescinded.
 * const last: Deadline | undefined = blackberryPakistan2015.deadlines.at(-1);
 * [last?.due, last?.extends, last?.outcome];
 * //=> ['2015-12-30', 'deadline-2015-11-30', 'rescinded']
 * ```
 */
export type Deadline = Immutable<z.infer<typeof DeadlineSchema>>;

/**
 * What a builder accepts for a deadline.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type DeadlineInput } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // A hypothetical fourth link in India's chain of extensions:
 * const deadline: DeadlineInput = {
 *   id: 'deadline-2011-04-30',
 *   due: '2011-04-30',
 *   setBy: ['mha'],
 *   demands: ['bes-bbm-access'],
 *   extends: 'deadline-2011-01-31',
 * };
 * editDispute(indiaBlackberry2010).deadline(deadline).build().deadlines.length;
 * //=> 5
 * ```
 */
export type DeadlineInput = z.input<typeof DeadlineSchema>;
