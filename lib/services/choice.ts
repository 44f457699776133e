import { Token } from 'cdktf';
import { Fn } from '../fn';

/**
 * The user's choice where there is one (a literal, or a module variable that may be null), else
 * the catalog's (a literal, or a Terraform lookup where the size or region is a variable).
 * @internal
 */
export function chosenString(given: string | undefined, fromCatalog: unknown): string {
  const catalog = typeof fromCatalog === 'string' ? fromCatalog : Token.asString(fromCatalog);
  if (given === undefined) return catalog;
  return Token.isUnresolved(given) ? Token.asString(Fn.coalesce([given, catalog])) : given;
}

/** {@link chosenString} for numbers. @internal */
export function chosenNumber(given: number | undefined, fromCatalog: unknown): number {
  const catalog = typeof fromCatalog === 'number' ? fromCatalog : Token.asNumber(fromCatalog);
  if (given === undefined) return catalog;
  return Token.isUnresolved(given) ? Token.asNumber(Fn.coalesce([given, catalog])) : given;
}
