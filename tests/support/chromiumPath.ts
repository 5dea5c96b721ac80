/** The Chromium binary the browser tests drive: Debian's by default, overridable for other machines. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
