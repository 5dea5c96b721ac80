// Ships to the browser: the seeded random numbers behind the Monte Carlo draws.
/**
 * sfc32 seeded through splitmix32: small, fast, and the same sequence in Node and every browser,
 * so a seed reproduces a run exactly (tests and shared links rely on that). Kept over d3.randomLcg,
 * which is about as fast (1.0 vs 1.1 ms per 100,000 draws): every LCG seed starts somewhere on one
 * shared 2^32 cycle, so the per-parameter streams below could overlap; sfc32's 128-bit state cannot.
 */

const UINT32 = 4294967296;
/** Odd constant that spreads stream numbers apart before seeding (the golden-ratio increment). */
const STREAM_STRIDE = 0x9e3779b9;

/** A generator of uniform numbers in [0, 1) determined entirely by `seed`. */
export function seededRandom(seed: number): () => number {
	// splitmix32 spreads a small integer seed over the four words of sfc32's state.
	let s = seed >>> 0;
	const next = (): number => {
		s = (s + STREAM_STRIDE) | 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = next();
	let b = next();
	let c = next();
	let d = next();
	const sfc32 = (): number => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / UINT32;
	};
	// The first outputs of a freshly seeded sfc32 are weakly mixed; discard a few.
	for (let i = 0; i < 12; i++) sfc32();
	return sfc32;
}

/**
 * The uniform stream of one parameter. Each parameter has its own, so its draws do not depend on
 * which other parameters are uncertain, and one parameter's column can be redrawn alone.
 */
export function streamFor(seed: number, stream: number): () => number {
	return seededRandom((seed ^ Math.imul(stream + 1, STREAM_STRIDE)) >>> 0);
}
