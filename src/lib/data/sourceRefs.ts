// Finds every `sources: [...]` list anywhere in a data value.

/** Calls `visit` for each source id cited anywhere under `value`, with its path. */
export function forEachSourceRef(value: unknown, visit: (id: string, path: PropertyKey[]) => void): void {
	const walk = (v: unknown, path: PropertyKey[]): void => {
		if (Array.isArray(v)) {
			v.forEach((item, i) => walk(item, [...path, i]));
		} else if (v !== null && typeof v === 'object') {
			for (const [k, child] of Object.entries(v)) {
				if (k === 'sources' && Array.isArray(child)) {
					child.forEach((id, i) => typeof id === 'string' && visit(id, [...path, k, i]));
				} else {
					walk(child, [...path, k]);
				}
			}
		}
	};
	walk(value, []);
}

/** Distinct source ids cited under `value`, in first-cited order. */
export function citedSourceIds(value: unknown): string[] {
	const ids = new Set<string>();
	forEachSourceRef(value, (id) => ids.add(id));
	return [...ids];
}
