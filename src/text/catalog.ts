import type { TEXT } from './en';

/**
 * The catalog's shape with its English words taken out: every string a string, every list a
 * list of strings, every sentence with parameters a function of the same parameters.
 */
type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Words<R>
    : T extends readonly (infer E)[]
      ? readonly Words<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Words<T[K]> }
        : T;

/**
 * What every language's catalog provides: the keys of the English one (src/text/en/), each
 * with words of the same kind. A language is a folder src/text/<lang>/ whose index exports a
 * `Catalog`; a key it lacks, or a sentence that takes other parameters, fails typecheck.
 */
export type Catalog = Words<typeof TEXT>;
