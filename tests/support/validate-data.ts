/** `npm run validate`: validates data/ and prints a coverage summary, or every problem found. */
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { DataValidationError } from '../../src/lib/data/DataValidationError.ts';

try {
	const d = loadDataset();
	console.log(`data/ is valid: ${d.sources.length} sources, ${d.incidents.length} incidents, ${d.benchmarks.length} benchmark cases`);
	for (const i of d.incidents) {
		console.log(
			`  ${i.id}: ${i.figures.length} figures, ${i.events.length} events, ${i.remedies.length} remedies, ` +
				`${i.outcomes.length} outcomes, ${i.financials.length} financial figures`,
		);
	}
} catch (e) {
	if (e instanceof DataValidationError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
