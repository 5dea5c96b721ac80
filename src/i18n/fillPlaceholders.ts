// Ships to the browser: `{name}` placeholders filled, shared by t() and the explorer's own lookup.

/**
 * `message` with each `{name}` replaced by `values[name]`. A value missing at run time throws
 * rather than print `{name}`; `key` and `locale` only name the message in that error.
 */
export function fillPlaceholders(message: string, values: Readonly<Record<string, string | number>>, key: string, locale: string): string {
	return message.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`message "${key}" (${locale}) needs a value for {${name}}`);
		return String(value);
	});
}
