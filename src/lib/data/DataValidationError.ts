/** One problem found in a data file: which file, which field, and why. */
export interface DataIssue {
	/** Path relative to the project root, e.g. `data/incidents/skt-2025.yaml`. */
	file: string;
	/** Field path such as `figures[3].sources[0]`, or `(line 4, column 7)` for syntax errors. */
	path: string;
	reason: string;
}

/** Formats an issue as `file: path: reason`, the shape every data error message takes. */
export function formatIssue(issue: DataIssue): string {
	return `${issue.file}: ${issue.path}: ${issue.reason}`;
}

/** Thrown when data/ fails validation; the message lists every issue, one per line. */
export class DataValidationError extends Error {
	readonly issues: readonly DataIssue[];
	constructor(issues: readonly DataIssue[]) {
		super(
			`Invalid data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
				issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
		);
		this.name = 'DataValidationError';
		this.issues = issues;
	}
}

/** Renders a zod issue path (['figures', 3, 'sources', 0]) as `figures[3].sources[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(root)';
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
		.join('');
}
