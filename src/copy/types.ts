/**
 * The shapes of a copy: what the clipboard receives, the formats a copy is made in, and the options of one. Shared by
 * the copy of one argument (`./index.ts`), of a briefing (`./briefing.ts`) and the citation lines (`./sources.ts`).
 */
import type { Audience } from '../catalog/types';

/** A clipboard payload: `text/plain` and `text/html` flavours of the same content. */
export interface ClipboardPayload {
  plain: string;
  html: string;
}

/** What the copy is formatted for; see the table in the module comment. */
export type OutputFormat = 'plain' | 'markdown' | 'html' | 'x';

/** All output formats, in the order the popup offers them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['plain', 'markdown', 'html', 'x'];

/** How much of an argument to copy: its claim only (`line`), or claim and reasoning (`full`). */
export type ArgumentLength = 'line' | 'full';

/** Options of {@link formatArgument}. All optional; the defaults give title, claim and reasoning as HTML + plain. */
export interface CopyOptions {
  /** Default `html`. */
  format?: OutputFormat;
  /**
   * Whose reasoning variant to copy; default `general` (the reasoning itself). An internal audience's variant is
   * never made into a public post: in `x` the general text is used whatever the audience.
   */
  audience?: Audience;
  /** Default `full`. */
  length?: ArgumentLength;
  /** Append the argument's sources as a citation line; default false. */
  includeSources?: boolean;
}
