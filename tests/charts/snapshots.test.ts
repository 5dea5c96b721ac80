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

// Model charts: real data/model inputs at 2,000 seeded draws (see modelFixture in charts.ts).
import { MODEL_CHART_FNS, modelFixture } from './charts.ts';

describe('model chart snapshots (real model inputs, 2,000 draws)', () => {
	for (const [id, chart] of MODEL_CHART_FNS) {
		for (const locale of LOCALES) {
			it(`${id}(results, inputs, {locale: ${locale}}) matches tests/output/charts/${id}-${locale}.svg`, async () => {
				const { inputs, results } = modelFixture();
				const model = chart(results, inputs, { locale, width: WIDTH });

				await expectSvgSnapshot(model.plot, `${id}-${locale}`);
				for (const view of model.views ?? []) await expectSvgSnapshot(view.plot, `${id}-${view.id}-${locale}`);
			});
		}
	}
});
