// @ts-check
/**
 * A TypeDoc plugin: the page of a zod schema (`DeadlineSchema`, `CountrySchema`, `RECORD_SCHEMAS`…) names the kind
 * of schema it is (`ZodMiniObject`, `ZodMiniEnum`) without the type arguments that spell out every field, nested
 * schema and country code: they made the page open with thousands of pixels of type before its description. What
 * a schema checks is on its model type's page (the fields table), which its description links to.
 */
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (!(reflection instanceof Object) || !('type' in reflection) || reflection.type === undefined)
        continue;
      shorten(/** @type {import('typedoc').SomeType} */ (reflection.type));
    }
  });
}

/**
 * Drops the type arguments of every zod schema type in a type, in place (a schema's own type, or the schemas an
 * object of schemas holds).
 * @param {import('typedoc').SomeType} type
 */
function shorten(type) {
  switch (type.type) {
    case 'reference':
      if (/^(ZodMini|\$Zod)/.test(type.name)) type.typeArguments = undefined;
      else for (const argument of type.typeArguments ?? []) shorten(argument);
      break;
    case 'reflection':
      for (const child of type.declaration.children ?? []) if (child.type !== undefined) shorten(child.type);
      break;
    case 'union':
    case 'intersection':
      for (const member of type.types) shorten(member);
      break;
    case 'array':
      shorten(type.elementType);
      break;
    case 'typeOperator':
      shorten(type.target);
      break;
    default:
      break;
  }
}
