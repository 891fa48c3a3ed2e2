// Problems found in user input, collected (never thrown one at a time) and printed late as
// `file:line:col path: message`.

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  /** Dotted field path inside the document, e.g. `spec.containers[0].resources.requests.cpu`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /**
   * A stable identifier of the kind of problem, for tools and `--strict`: e.g. `unknown-field`,
   * `bad-quantity`, `bad-duration`, `unknown-target`, `unknown-kind`, `not-simulated`, `required`.
   */
  code?: string;
}

export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic)
        .join('\n'),
    );
    this.name = 'InputError';
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const path = d.path ? ` ${d.path}:` : '';
  const tag = d.severity === 'warning' ? ' warning:' : '';
  return `${where}${tag}${path} ${d.message}`;
}

export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      out += /^[A-Za-z_$][\w$-]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.path.localeCompare(b.path));
}
