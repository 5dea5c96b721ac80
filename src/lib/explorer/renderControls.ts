// Ships to the browser: the explorer's inputs as HTML — scenario selects, component toggles and one
// number field plus slider per assumption, with its default, range, unit, basis and sources.
import { formatModelValue } from '../format/formatModelValue.ts';
import type { Locale } from '../format/locale.ts';
import { COMPONENTS, PARAMETER_GROUPS, defaultScenario, parameterSourceIncident, type ModelInputs, type Scenario } from './modelView.ts';
import { esc, sourceLinks, type SourceLink } from './html.ts';
import { componentBlockLabel, explorerText, groupLabel, type PlainExplorerKey } from './explorerText.ts';
import { fieldScale, toFieldValue } from './fieldScale.ts';

/** The name of a component's checkbox: one name per control, so the form has no repeated names. */
export const componentFieldName = (id: string): string => `component-${id}`;

export function renderControls(
	scenario: Scenario,
	inputs: ModelInputs,
	sources: Readonly<Record<string, SourceLink>>,
	locale: Locale,
): string {
	const text = (key: PlainExplorerKey) => esc(explorerText(locale, key));
	const base = defaultScenario(inputs, scenario.incident, scenario.packageFrom);
	const option = (id: string, selected: string, label: string) =>
		`<option value="${esc(id)}"${id === selected ? ' selected' : ''}>${esc(label)}</option>`;
	const incidents = inputs.incidents.map((i) => option(i.id, scenario.incident, i.name[locale])).join('');
	const packages = inputs.incidents.map((i) => option(i.id, scenario.packageFrom, i.packageLabel[locale])).join('');
	const toggles = COMPONENTS.map(
		(c) =>
			`<label class="toggle"><input type="checkbox" name="${esc(componentFieldName(c.id))}" data-component-toggle="${esc(c.id)}"${scenario.components[c.id] ? ' checked' : ''}> ${esc(c.label[locale])} <span class="muted small">(${esc(componentBlockLabel(c, locale))})</span>${
				scenario.components[c.id] !== base.components[c.id] ? ` <span class="changed">${text('explorer.controls.changed')}</span>` : ''
			}</label>`,
	).join('');
	const groups = PARAMETER_GROUPS.map((g) => {
		const fields = inputs.parameters
			.filter((p) => p.group === g)
			.map((p) => {
				const from = parameterSourceIncident(g, scenario);
				const est = p.values[from]!;
				const value = scenario.values[p.key];
				const changed = value !== base.values[p.key];
				const fmt = (n: number) => formatModelValue(n, p.unit, locale);
				const scale = fieldScale(p.unit, locale);
				const field = (n: number) => toFieldValue(n, scale.factor);
				const id = `p-${p.key}`;
				const help = explorerText(locale, 'explorer.controls.help', {
					default: fmt(base.values[p.key]),
					low: fmt(est.low),
					high: fmt(est.high),
					min: fmt(p.range.min),
					max: fmt(p.range.max),
					basis: explorerText(locale, est.basis === 'sourced' ? 'explorer.controls.sourced' : 'explorer.controls.assumption'),
				});
				const bounds = `min="${field(p.range.min)}" max="${field(p.range.max)}" step="${field(p.range.step)}" value="${field(value)}" data-factor="${scale.factor}"`;
				return `<div class="param${changed ? ' is-changed' : ''}" data-param="${esc(p.key)}">
<label for="${esc(id)}">${esc(p.label[locale])}</label>
<div class="param-inputs"><span class="field-unit"><input id="${esc(id)}" name="${esc(p.key)}" type="number" inputmode="decimal" ${bounds} aria-describedby="${esc(id)}-unit ${esc(id)}-help"> <span id="${esc(id)}-unit" class="unit">${esc(scale.label)}</span></span>
<input type="range" name="${esc(p.key)}-slider" data-range-for="${esc(p.key)}" ${bounds} aria-label="${esc(p.label[locale])}" tabindex="-1"></div>
<div id="${esc(id)}-help" class="muted small">${esc(help)} ${sourceLinks(est.sources, sources, locale)}${
					changed ? ` <span class="changed">${text('explorer.controls.changedFromDefault')}</span>` : ''
				}</div>
<details class="small"><summary>${text('explorer.controls.definition')}</summary>${esc(p.definition[locale])}</details>
</div>`;
			})
			.join('');
		return `<fieldset class="param-group"><legend>${esc(groupLabel(g, locale))}</legend>${fields}</fieldset>`;
	}).join('');
	return `<div class="scenario-pickers">
<label>${text('explorer.controls.incident')} <select name="incident">${incidents}</select></label>
<label>${text('explorer.controls.package')} <select name="package">${packages}</select></label>
</div>
<fieldset class="toggles"><legend>${text('explorer.controls.components')}</legend>${toggles}</fieldset>
${groups}`;
}
