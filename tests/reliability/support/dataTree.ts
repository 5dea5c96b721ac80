/** Paths into parsed YAML data, formatted the way DataValidationError formats field paths. */

export type Segment = string | number;
export type Path = readonly Segment[];
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every node under `root` (the root included), depth first, with its path, parent and key. */
export interface Site {
	path: Path;
	value: unknown;
	parent: Obj | unknown[] | undefined;
}

export function sitesOf(root: unknown): Site[] {
	const out: Site[] = [];
	const walk = (value: unknown, path: Path, parent: Obj | unknown[] | undefined): void => {
		out.push({ path, value, parent });
		if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], value));
		else if (isObj(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k], value);
	};
	walk(root, [], undefined);
	return out;
}

export function getAt(root: unknown, path: Path): unknown {
	let v: unknown = root;
	for (const s of path) v = (v as Record<Segment, unknown>)[s];
	return v;
}

/** Sets the value at `path` (not the root) and returns the root. */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
	if (path.length === 0) return value;
	const parent = getAt(root, path.slice(0, -1)) as Record<Segment, unknown>;
	parent[path[path.length - 1]!] = value;
	return root;
}

export function deleteAt(root: unknown, path: Path): unknown {
	const parent = getAt(root, path.slice(0, -1)) as Obj;
	delete parent[String(path[path.length - 1]!)];
	return root;
}

/** A deep copy that also breaks YAML alias sharing, so a mutation changes exactly one place. */
export function cloneData<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * `['figures', 3, 'sources', 0]` → `figures[3].sources[0]`; the root is `(root)`. Written here rather
 * than imported so the test does not trust the formatter it checks.
 */
export function fieldPath(path: Path): string {
	if (path.length === 0) return '(root)';
	return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${s}`)).join('');
}

/** True when field path `a` is a strict ancestor of field path `b` (`figures[3]` of `figures[3].value`). */
export function isAncestorPath(a: string, b: string): boolean {
	return b.length > a.length && b.startsWith(a) && (b[a.length] === '.' || b[a.length] === '[');
}
