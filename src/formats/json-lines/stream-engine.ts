import { beginValidation, type IncrementalValidation } from '../../builder/seam.js';
import type { TimelineIssue } from '../../errors/index.js';
import type { RecordCollection } from '../../model/dispute.js';
import type { ReadProgress } from '../format.js';
import { LineReader } from './engine.js';
import type { JsonLinesItem } from './shape.js';

/**
 * Checks records as they come and passes the valid ones on (see {@link streamJsonl}), through the builder's
 * incremental validator: it holds the records before the events and checks them together when the first event
 * comes, then each event and claim on its own; this reader reads the lines and says where each record was.
 */
export class StreamReader extends LineReader {
  private check: IncrementalValidation | undefined;
  /** How many of the validator's issues have been copied into `issues`. */
  private copied = 0;
  private out: JsonLinesItem[] = [];

  constructor(
    onProgress: ((progress: ReadProgress) => void) | undefined,
    private readonly onWarnings?: (warnings: readonly TimelineIssue[]) => void,
  ) {
    super(onProgress);
  }

  /** The records ready to be yielded since the last call. */
  take(): JsonLinesItem[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  protected record(collection: RecordCollection, record: unknown, line: number): void {
    this.validation().add(collection, record, ['line', line, 'record']);
    this.copyIssues();
  }

  end(): void {
    const { warnings } = this.validation().end();
    this.copyIssues();
    this.finish();
    if (this.issues.length === 0) this.onWarnings?.(warnings);
  }

  /** The validation, begun at the first record (or the end) with the header read by then. */
  private validation(): IncrementalValidation {
    if (this.check === undefined)
      // The lines are parsed here, so the records are this reader's own: a valid one is kept as it is.
      this.check = beginValidation(this.header ?? {}, ['line', this.headerLine, 'record'], {
        fresh: true,
        onValid: (item) => {
          if (this.issues.length > 0) return;
          const line = item.where[1] as number;
          this.out.push(
            Object.freeze({ collection: item.collection, record: item.record, line }) as JsonLinesItem,
          );
        },
      });
    return this.check;
  }

  /** The validator's issues not copied yet, in the order they were found. */
  private copyIssues(): void {
    const found = (this.check as IncrementalValidation).issues;
    for (; this.copied < found.length; this.copied++) this.issues.push(found[this.copied] as TimelineIssue);
  }
}
