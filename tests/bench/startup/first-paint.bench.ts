import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { libraryDir, writeLibrary } from '../fixtures/library';
import { LONG_ARTICLE } from '../fixtures/standard';
import { launchChromium, VIEWPORT } from '../lib/browser';
import { builtRendererDir } from '../lib/builds';
import { startHost } from '../lib/host';
import { formatInt, sample } from '../lib/measure';
import { waitInPage } from '../lib/poll';
import { progress } from '../lib/progress';
import type { Benchmark, Figure } from '../lib/result';
import { median } from '../lib/stats';

/** Marks, in the page, the first frame rendered after the article editor is editable and shows text. */
const EDITABLE_PAINT_PROBE = `
(() => {
  const check = () => {
    const editor = document.querySelector('[contenteditable="true"][aria-label="Article text"]');
    if (editor && editor.textContent.length > 0) {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__editablePaint = performance.now(); };
        channel.port2.postMessage(null);
      });
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
`;

interface Start {
  spawnToReady: number;
  spawnToPaint: number;
  navigationToPaint: number;
}

/** One cold start: spawn the web host, open the app on the newest ordinary draft, wait for the editable paint. */
async function coldStart(browser: Browser, dataDir: string, staticDir: string, draftId: string): Promise<Start> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript({ content: EDITABLE_PAINT_PROBE });
  const host = await startHost(dataDir, staticDir);
  try {
    await page.goto(`${host.url}#draft=${draftId}`);
    await waitInPage(page, 'window.__editablePaint !== undefined');
    const { paint, origin } = (await page.evaluate('({ paint: window.__editablePaint, origin: performance.timeOrigin })')) as { paint: number; origin: number };
    // Both clocks count from the epoch: the host was spawned at this process's timeOrigin + spawnedAt.
    const spawnedEpoch = performance.timeOrigin + host.spawnedAt;
    return { spawnToReady: host.readyAt - host.spawnedAt, spawnToPaint: origin + paint - spawnedEpoch, navigationToPaint: paint };
  } finally {
    await context.close();
    await host.stop();
  }
}

async function startsOf(browser: Browser, runDir: string, count: number, runs: number): Promise<Start[]> {
  const dataDir = libraryDir(runDir, count);
  if (!existsSync(dataDir)) {
    const written = writeLibrary(dataDir, count);
    progress(`  ${formatInt(count)} drafts written in ${written.seconds.toFixed(1)} s`);
  }
  // The newest ordinary draft: the library's own order puts the long article first, so open the one after it.
  const host = await startHost(dataDir);
  const listing = await host.call('drafts.list', {});
  await host.stop();
  const draftId = listing.drafts.find((draft) => draft.id !== LONG_ARTICLE.id)!.id;
  const starts: Start[] = [];
  for (let run = 0; run < runs; run += 1) starts.push(await coldStart(browser, dataDir, builtRendererDir(runDir), draftId));
  progress(`  ${formatInt(count)} drafts: first editable paint ${starts.map((start) => start.spawnToPaint.toFixed(0)).join(', ')} ms after spawn`);
  return starts;
}

/**
 * Start-up: from spawning the web host to the first frame in which the
 * article editor is editable and shows the draft, with 10,000 drafts in the
 * library; the same with 100 drafts is the baseline (what a big library costs).
 */
const firstPaintBench: Benchmark = async ({ runDir, quick }) => {
  const runs = quick ? 2 : 5;
  const browser = await launchChromium();
  try {
    // A throwaway page first, so the browser's own first-launch work is not in the first measurement.
    const warm = await browser.newPage();
    await warm.goto('about:blank');
    await warm.close();
    const small = await startsOf(browser, runDir, 100, runs);
    const big = await startsOf(browser, runDir, 10_000, runs);
    const figure = (name: string, pick: (start: Start) => number): Figure => ({
      section: 'Start-up',
      name,
      unit: 'ms',
      stat: 'median',
      copydesk: sample('start', big.map(pick)),
      baseline: { label: 'same with 100 drafts', sample: sample('start', small.map(pick)) },
    });
    return {
      figures: [
        figure('10,000 drafts: web host spawned → first editable paint of a draft', (start) => start.spawnToPaint),
        figure('10,000 drafts: web host spawned → serving (built host, Node start-up)', (start) => start.spawnToReady),
        figure('10,000 drafts: page navigation → first editable paint', (start) => start.navigationToPaint),
      ],
      facts: [
        `Each start is cold: a new web host process and a new browser context (the browser itself stays open); the app opens with #draft=<newest ordinary draft>; "editable paint" is the first frame after the editor is contenteditable and shows text. Median spawn → paint: ${formatInt(median(big.map((start) => start.spawnToPaint)))} ms at 10,000 drafts, ${formatInt(median(small.map((start) => start.spawnToPaint)))} ms at 100.`,
      ],
    };
  } finally {
    await browser.close();
  }
};

export default firstPaintBench;
