// Ships to the browser: named, read-only access to a parameter vector without copying it.
/**
 * The Monte Carlo loop writes each draw into one Float64Array. The formulas read parameters by
 * name (`p.arpu`). A ParamView joins the two: one getter per key on a shared prototype, so reads
 * are monomorphic property loads V8 inlines, and a draw costs no allocation and no keyed stores.
 */
import { PARAMETER_COUNT, PARAMETER_KEYS, type ParamValues } from './parameters.ts';

/** Parameter values read by name from the vector underneath. */
export type ParamView = Readonly<ParamValues> & { readonly vector: Float64Array };

class View {
	readonly vector: Float64Array;
	constructor(vector: Float64Array) {
		this.vector = vector;
	}
}
PARAMETER_KEYS.forEach((key, i) => {
	Object.defineProperty(View.prototype, key, {
		get(this: View): number {
			return this.vector[i]!;
		},
		enumerable: true,
	});
});

/** A view over `vector` (length PARAMETER_COUNT); later writes to the vector show through. */
export function paramView(vector: Float64Array): ParamView {
	if (vector.length !== PARAMETER_COUNT) {
		throw new RangeError(`a parameter vector has ${PARAMETER_COUNT} entries, got ${vector.length}`);
	}
	return new View(vector) as unknown as ParamView;
}
