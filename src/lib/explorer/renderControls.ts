// Ships to the browser: the explorer's inputs as HTML — scenario selects, component toggles and one
// number field plus slider per assumption, with its default, range, unit, basis and sources.
import { formatModelValue, modelUnitLabel } from '../format/formatModelValue.ts';
import type { Locale } from '../format/locale.ts';
import { BLOCK_LABELS, COMPONENTS, PARAMETER_GROUPS, defaultScenario, parameterSourceIncident, type ModelInputs, type Scenario } from './modelView.ts';
import { esc, sourceLinks, type SourceLink } from './html.ts';
import { GROUP_LABEL } from './explorerText.ts';

export function renderControls(
	scenario: Scenario,
	inputs: ModelInputs,
	sources: Readonly<Record<string, SourceLink>>,
	locale: Locale,
): string {
	const ko = locale === 'ko';
	const base = defaultScenario(inputs, scenario.incident, scenario.packageFrom);
	const option = (id: string, selected: string, label: string) =>
		`<option value="${esc(id)}"${id === selected ? ' selected' : ''}>${esc(label)}</option>`;
	const incidents = inputs.incidents.map((i) => option(i.id, scenario.incident, i.name[locale])).join('');
	const packages = inputs.incidents.map((i) => option(i.id, scenario.packageFrom, i.packageLabel[locale])).join('');
	const toggles = COMPONENTS.map(
			(c) =>
				`<label class="toggle"><input type="checkbox" name="component" value="${esc(c.id)}"${scenario.components[c.id] ? ' checked' : ''}> ${esc(c.label[locale])} <span class="muted small">(${esc(BLOCK_LABELS[c.block][locale])})</span>${
					scenario.components[c.id] !== base.components[c.id] ? ` <span class="changed">${esc(ko ? '변경' : 'changed')}</span>` : ''
				}</label>`,
		)
		.join('');
	const groups = PARAMETER_GROUPS.map((g) => {
		const fields = inputs.parameters
			.filter((p) => p.group === g)
			.map((p) => {
				const from = parameterSourceIncident(g, scenario);
				const est = p.values[from]!;
				const value = scenario.values[p.key];
				const changed = value !== base.values[p.key];
				const fmt = (n: number) => formatModelValue(n, p.unit, locale);
				const id = `p-${p.key}`;
				const basis = est.basis === 'sourced' ? (ko ? '출처 있음' : 'sourced') : ko ? '가정' : 'assumption';
				return `<div class="param${changed ? ' is-changed' : ''}" data-param="${esc(p.key)}">
<label for="${esc(id)}">${esc(p.label[locale])} <span class="muted">(${esc(modelUnitLabel(p.unit, locale))})</span></label>
<div class="param-inputs"><input id="${esc(id)}" name="${esc(p.key)}" type="number" inputmode="decimal" min="${p.range.min}" max="${p.range.max}" step="${p.range.step}" value="${value}" aria-describedby="${esc(id)}-help">
<input type="range" data-range-for="${esc(p.key)}" min="${p.range.min}" max="${p.range.max}" step="${p.range.step}" value="${value}" aria-label="${esc(p.label[locale])}" tabindex="-1"></div>
<div id="${esc(id)}-help" class="muted small">${esc(ko ? '기본' : 'Default')} ${esc(fmt(base.values[p.key]))} · ${esc(ko ? '추정 P5–P95' : 'estimate P5–P95')} ${esc(fmt(est.low))}–${esc(fmt(est.high))} · ${esc(ko ? '입력 가능' : 'allowed')} ${esc(fmt(p.range.min))}–${esc(fmt(p.range.max))} · ${esc(basis)} ${sourceLinks(est.sources, sources, locale)}${
					changed ? ` <span class="changed">${esc(ko ? '기본값에서 변경됨' : 'changed from default')}</span>` : ''
				}</div>
<details class="small"><summary>${esc(ko ? '정의' : 'Definition')}</summary>${esc(p.definition[locale])}</details>
</div>`;
			})
			.join('');
		return `<fieldset class="param-group"><legend>${esc(GROUP_LABEL[g][locale])}</legend>${fields}</fieldset>`;
	}).join('');
	return `<div class="scenario-pickers">
<label>${esc(ko ? '고객(사고)' : 'Customers (incident)')} <select name="incident">${incidents}</select></label>
<label>${esc(ko ? '적용할 고객 보상' : 'Customer remedies applied')} <select name="package">${packages}</select></label>
</div>
<fieldset class="toggles"><legend>${esc(ko ? '보상 항목 켜고 끄기' : 'Components on or off')}</legend>${toggles}</fieldset>
${groups}`;
}
