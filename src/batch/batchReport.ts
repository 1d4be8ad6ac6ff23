import type { IssueSummary } from '../build/issueSummary.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Shard } from './shard.js';

/** What became of an issue in a batch. */
export type IssueStatus = 'built' | 'skipped' | 'failed';

/** One issue of a batch. */
export interface IssueReport {
  /** Absolute path of the issue. */
  readonly file: string;
  readonly status: IssueStatus;
  /** Absolute paths of its outputs: written (`built`) or already up to date (`skipped`). */
  readonly outputs: readonly string[];
  /** Pages of the PDF, when built. */
  readonly pages?: number;
  /** Size of the PDF, when built. */
  readonly bytes?: number;
  /** Size of the HTML page, when built. */
  readonly htmlBytes?: number;
  /** The build's diagnostics; for a skipped issue, the warnings of the build it kept. */
  readonly diagnostics: readonly Diagnostic[];
  /** The stack of an exception inside bulletin (a bug), when the issue failed because of one. */
  readonly internalError?: string;
  /** Time spent on the issue. */
  readonly seconds: number;
  /** Its year, issue, serial, date, title, article and section titles: built, or recorded when it was. */
  readonly summary?: IssueSummary;
}

/** A whole batch: every issue in input order, and the counts. */
export interface BatchReport {
  readonly issues: readonly IssueReport[];
  /** Issues in the input set before sharding. */
  readonly total: number;
  readonly built: number;
  readonly skipped: number;
  readonly failed: number;
  /** Issues built at once. */
  readonly jobs: number;
  readonly shard?: Shard;
  /** Problems of the batch itself rather than of an issue: a damaged or unwritable manifest (warnings). */
  readonly diagnostics: readonly Diagnostic[];
  /** Wall-clock time of the batch. */
  readonly seconds: number;
}
