import { describe, it } from 'vitest';
import { LOCALES } from '../../src/lib/format/locale.ts';
import { alpha, beta } from '../fixtures/carriers.ts';
import { CHART_FNS, WIDTH } from './charts.ts';
import { expectSvgSnapshot } from './snapshot.ts';

describe('chart snapshots (synthetic Alpha and Beta)', () => {
	for (const [id, chart] of CHART_FNS) {
		for (const locale of LOCALES) {
			it(`${id}(incidents, {locale: ${locale}}) matches tests/output/charts/${id}-${locale}.svg`, async () => {
				const model = chart([alpha(), beta()], { locale, width: WIDTH });

				await expectSvgSnapshot(model.plot, `${id}-${locale}`);
				for (const view of model.views ?? []) await expectSvgSnapshot(view.plot, `${id}-${view.id}-${locale}`);
			});
		}
	}
});
