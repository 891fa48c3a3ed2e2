// Bad input to a comparison (missing folder or file, unreadable content): exit 2, not a difference.
export class CompareInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'CompareInputError';
  }
}
