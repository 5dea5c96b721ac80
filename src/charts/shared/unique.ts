// Ships to the browser: de-duplication that keeps first-seen order (source lists, labels).
export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
