/**
 * Makes sure Debian's Chromium and a CJK font are installed for the browser tests. On a fresh
 * machine, as root, it installs them with apt (Playwright cannot download browsers here); otherwise it
 * stops with a message that says exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM_PATH } from './chromiumPath.ts';

function hasCjkFont(): boolean {
	try {
		return /CJK|Nanum|Noto Sans KR/i.test(execFileSync('fc-list', [':lang=ko'], { encoding: 'utf8' }));
	} catch {
		return false;
	}
}

const missing: string[] = [];
if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length > 0) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`Browser tests need ${missing.join(' and ')}. Install with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
				'or set CHROMIUM_PATH to an existing Chromium binary.',
		);
		process.exit(1);
	}
	console.log(`Installing ${missing.join(', ')} with apt for the browser tests…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing, 'fontconfig'], { stdio: 'inherit', env });
	if (!existsSync(CHROMIUM_PATH)) {
		console.error(`apt finished but ${CHROMIUM_PATH} is still missing; set CHROMIUM_PATH.`);
		process.exit(1);
	}
}
console.log(`Chromium: ${execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim()}`);
