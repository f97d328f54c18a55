/**
 * A profiling helper, not a benchmark: types into the 10,000-word article in
 * the real renderer (through the web host) with Chromium's CPU profiler and a
 * performance trace on, and prints where the main thread spent its time:
 * JavaScript self time by function, and trace events (style, layout, paint)
 * by name.
 *
 *   npx vite build --config vite.renderer.config.ts --minify false --outDir /tmp/renderer-profile
 *   BENCH_RUN_DIR=$(mktemp -d) npx tsx tests/bench/typing/profile.ts /tmp/renderer-profile [end|middle] [chars]
 *
 * An unminified build keeps function names readable. PROFILE_BARE=DIR profiles
 * the bare Lexical page built in DIR (tests/bench/bare-editor) instead;
 * PROFILE_CHECK_OFF=1 opens the renderer with the live check off;
 * PROFILE_BEFORE_TYPING=EXPRESSION is evaluated in the page before typing;
 * PROFILE_HUGE=1 types into the 50,000-word article instead;
 * PROFILE_TRACE_CATEGORIES overrides the trace's categories (e.g. add 'blink').
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedDrafts } from '../fixtures/library';
import { generateArticle } from '../fixtures/article';
import { HUGE_ARTICLE, longArticle } from '../fixtures/standard';
import { launchChromium, VIEWPORT } from '../lib/browser';
import { builtRendererDir } from '../lib/builds';
import { startHost } from '../lib/host';
import { waitInPage } from '../lib/poll';
import { serveFolder } from '../lib/static-server';
import { installProbe, NEXT_FRAME, typedText } from './editor-page';

const EDITOR = '[contenteditable="true"][aria-label="Article text"]';
const BARE_EDITOR = '.editor[contenteditable="true"]';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string; type?: string } };
}

function selfTimeByFunction(profile: CpuProfile): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function traceTimeByName(events: TraceEvent[]): Array<[string, number]> {
  // The renderer's main thread is the one that runs the page's JavaScript.
  const main = events.find((event) => event.name === 'FunctionCall' || event.name === 'EventDispatch');
  const totals = new Map<string, number>();
  for (const event of events) {
    if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || event.dur === undefined) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const [rendererBuild, where = 'middle', chars = '100'] = process.argv.slice(2);
  if (!rendererBuild) throw new Error('usage: profile.ts RENDERER_BUILD_DIR [end|middle] [chars]');
  const runDir = process.env['BENCH_RUN_DIR']!;
  cpSync(rendererBuild, builtRendererDir(runDir), { recursive: true });
  const dataDir = mkdtempSync(path.join(runDir, 'profile-'));
  const article = process.env['PROFILE_HUGE'] ? generateArticle(HUGE_ARTICLE) : longArticle();
  await seedDrafts(dataDir, [article.draft]);
  const bare = process.env['PROFILE_BARE'] ? await serveFolder(process.env['PROFILE_BARE']) : null;
  const host = await startHost(dataDir, builtRendererDir(runDir));
  const browser = await launchChromium();
  try {
    const editor = bare ? BARE_EDITOR : EDITOR;
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await installProbe(page);
    if (bare) {
      await page.goto(`${bare.origin}/index.html`);
      await waitInPage(page, 'typeof window.loadArticle === "function"');
      await page.evaluate(`window.loadArticle(${JSON.stringify(article.draft.content)})`);
    } else {
      const address = new URL(host.url);
      if (process.env['PROFILE_CHECK_OFF']) address.searchParams.set('check', 'off');
      address.hash = `draft=${article.draft.id}`;
      await page.goto(address.href);
    }
    await waitInPage(page, `document.querySelector(${JSON.stringify(editor)})?.childElementCount > 100`);
    await page.waitForTimeout(4_000);
    await page.evaluate(`(() => {
      const editor = document.querySelector(${JSON.stringify(editor)});
      editor.focus();
      const blocks = [...editor.children].filter((child) => child.tagName === 'P');
      const block = ${where === 'end' ? 'blocks[blocks.length - 1]' : 'blocks[Math.floor(blocks.length / 2)]'};
      const range = document.createRange();
      range.selectNodeContents(block);
      range.collapse(false);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      block.scrollIntoView({ block: 'center' });
    })()`);
    // An experiment's change to the page before typing, e.g. 'CSS.highlights.clear()'.
    if (process.env['PROFILE_BEFORE_TYPING']) console.log('before typing:', await page.evaluate(process.env['PROFILE_BEFORE_TYPING']));
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const traceEvents: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => {
      traceEvents.push(...(message.value as unknown as TraceEvent[]));
    });
    const traceDone = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: process.env['PROFILE_TRACE_CATEGORIES'] ?? 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    for (const character of typedText(Number(chars))) {
      await page.keyboard.press(character === ' ' ? 'Space' : character);
      await page.evaluate(NEXT_FRAME);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await traceDone;
    writeFileSync(path.join(runDir, 'typing.cpuprofile'), JSON.stringify(profile));
    writeFileSync(path.join(runDir, 'typing.trace.json'), JSON.stringify({ traceEvents }));
    const total = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
    console.log(`CPU profile over ${chars} keystrokes (${where}), ${total.toFixed(0)} ms; saved to ${path.join(runDir, 'typing.cpuprofile')}`);
    for (const [name, ms] of selfTimeByFunction(profile).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    console.log('\nMain-thread trace events (inclusive time, by name):');
    for (const [name, ms] of traceTimeByName(traceEvents).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  } finally {
    await browser.close();
    await host.stop();
    await bare?.close();
  }
}

await main();
