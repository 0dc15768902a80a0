/** The built-in argument catalog. (Stub: the catalog helper fills this in.) */
import type { BuiltinArgument } from './types';

export type { Argument, ArgumentText, BuiltinArgument, Lang } from './types';

/** The built-in arguments, in the source post's order. */
export const catalog: BuiltinArgument[] = [];
