/**
 * True for a loopback origin (a preview build's http://127.0.0.1:4321). Pages built for one say that
 * their absolute URLs, such as embed codes, point at the local preview; astro.config.mjs refuses
 * such an origin for a production build.
 */
export function isLocalOrigin(site: URL): boolean {
	return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(site.hostname);
}
