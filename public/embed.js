/*
 * Sizes embedded charts: each chart's embed page (served from the same origin as this script) posts its
 * height; this sets the matching iframe to it, so the chart is never clipped nor scrolls in its frame.
 * Messages from any other origin, or from frames not marked data-remedies-embed, are ignored.
 */
(function () {
	var origin = new URL(document.currentScript.src).origin;
	var seen = (window.__remediesEmbed = window.__remediesEmbed || {});
	if (seen[origin]) return; // the snippet may be pasted once per chart: one listener is enough
	seen[origin] = true;
	function frames() {
		return Array.prototype.filter.call(document.querySelectorAll('iframe[data-remedies-embed]'), function (f) {
			return new URL(f.src, location.href).origin === origin;
		});
	}
	window.addEventListener('message', function (e) {
		var d = e.data;
		if (e.origin !== origin || !d || d.type !== 'remedies:height' || !(d.height > 0 && d.height < 20000)) return;
		frames().forEach(function (f) {
			if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px';
		});
	});
	// Frames that finished loading before this script ran have already reported: ask them again.
	frames().forEach(function (f) {
		if (f.contentWindow) f.contentWindow.postMessage({ type: 'remedies:ping' }, origin);
	});
})();
