// Ships to the browser: which form of a counted message to use (see messages.ts).

/** `.one` for a count of one, `.other` otherwise: English says "1 item is" but "2 items are". */
export function countForm(n: number): 'one' | 'other' {
	return n === 1 ? 'one' : 'other';
}
