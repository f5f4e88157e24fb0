/** How much a problem matters: an error stops the build; a warning does not. */
export type Severity = 'error' | 'warning';

/** Where in a file a problem is. */
export interface Place {
  file: string;
  line: number;
  column: number;
}
