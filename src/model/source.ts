/** A point in a source file: 1-based line and column (UTF-16 code units, as mdast counts them). */
export interface SourcePoint {
  readonly line: number;
  readonly column: number;
}

/** Where a model node came from. */
export interface SourceSpan {
  readonly file: string;
  readonly start: SourcePoint;
  readonly end: SourcePoint;
}
