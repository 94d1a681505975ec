/**
 * The API reference as TypeDoc sees it: converted with typedoc.json's options (entry points, exclusions),
 * without writing any output, and serialised to TypeDoc's JSON form.
 */
import {
  Application,
  type JSONOutput,
  type NormalizedPath,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
} from 'typedoc';
import { ROOT } from './snippets.js';

/** A comment as TypeDoc serialises it. */
type Comment = JSONOutput.Comment;

/** One public export: where it comes from, what it is, and its comment (a function's from its signature). */
export interface Export {
  /** `dispute-timeline.parseDate`, `dispute-timeline/datasets.datasets`. */
  readonly name: string;
  readonly kind: string;
  readonly comment: Comment | undefined;
  /** For functions: each signature's comment, and its parameters with the text of their `@param` tags. */
  readonly signatures: readonly {
    readonly comment: Comment | undefined;
    readonly parameters: readonly { readonly name: string; readonly text: string }[];
  }[];
  /** The category the export is listed under. */
  readonly category: string | undefined;
}

/** The kinds of export that must carry a summary and an example. */
export const DOCUMENTED_KINDS: readonly ReflectionKind[] = [
  ReflectionKind.Function,
  ReflectionKind.Class,
  ReflectionKind.Variable,
  ReflectionKind.TypeAlias,
  ReflectionKind.Interface,
];

/** The text of a comment part list. */
export const textOf = (parts: readonly JSONOutput.CommentDisplayPart[] | undefined): string =>
  (parts ?? []).map((part) => part.text).join('');

/** The distinct comments of an export: its own, and its signatures' (a function's are the same). */
export const commentsOf = (e: Export): Comment[] => [
  ...new Set([e.comment, ...e.signatures.map((s) => s.comment)].filter((c): c is Comment => c !== undefined)),
];

/** The project as TypeDoc converts it, and how many warnings converting and validating it gave. */
export interface Reference {
  readonly project: JSONOutput.ProjectReflection;
  readonly warnings: number;
}

let cached: Promise<Reference> | undefined;

/** Converts and validates the project once per process; the warnings are printed. */
export function loadReference(): Promise<Reference> {
  cached ??= (async () => {
    const app = await Application.bootstrapWithPlugins(
      // Type errors are tsc's job; the reference is about comments.
      { options: `${ROOT}/typedoc.json`, skipErrorChecking: true, logLevel: 'Warn' },
      [new TypeDocReader(), new TSConfigReader()],
    );
    const project = await app.convert();
    if (project === undefined) throw new Error('TypeDoc could not convert the project');
    app.validate(project);
    return {
      project: app.serializer.projectToObject(project, ROOT as NormalizedPath),
      warnings: app.logger.warningCount + app.logger.errorCount,
    };
  })();
  return cached;
}

/** Every public export of every entry point, with its comment and category. */
export function exportsOf(project: JSONOutput.ProjectReflection): Export[] {
  const modules = project.children ?? [];
  const out: Export[] = [];
  for (const module of modules) {
    const categoryOf = new Map<number, string>();
    for (const category of module.categories ?? []) {
      for (const id of category.children ?? []) categoryOf.set(id, category.title);
    }
    for (const child of module.children ?? []) {
      out.push({
        name: `${module.name}.${child.name}`,
        kind: ReflectionKind[child.kind] ?? String(child.kind),
        comment: child.comment ?? child.signatures?.[0]?.comment,
        signatures: (child.signatures ?? []).map((signature) => ({
          comment: signature.comment,
          parameters: (signature.parameters ?? []).map((parameter) => ({
            name: parameter.name,
            text: textOf(parameter.comment?.summary),
          })),
        })),
        category: categoryOf.get(child.id),
      });
    }
  }
  return out;
}

/** The code of each `@example` block of a comment. */
export function examplesOf(comment: Comment | undefined): string[] {
  return (comment?.blockTags ?? []).filter((tag) => tag.tag === '@example').map((tag) => textOf(tag.content));
}
