// @orama/stemmers declares its stemmers under package "exports" only, which this project's
// moduleResolution ("node") does not read; each subpath exports the same two names.
declare module '@orama/stemmers/*' {
  export function stemmer(word: string): string;
  export const language: string;
}
