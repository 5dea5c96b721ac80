/**
 * Child process for the benchmark: runs one Astro build through its JavaScript API and prints
 * `{"ms":…,"maxRssMb":…}` so the parent can time it and read this process's own peak memory.
 */
import { build } from 'astro';

const started = performance.now();
await build({ logLevel: 'error' });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
