import type { CDPSession, Page } from 'playwright-core';
import { PROBE_SCRIPT, TAKE_PROBE, latencies, type KeystrokeLatency, type ProbeData } from './probe';

/** What the typing benchmark types: plain prose with ASCII punctuation only, so every character is a real key event. */
const PROSE =
  ' The minister said on Thursday that the talks would resume in Riga, "but not before the spring," according to two officials who were briefed on the plan. Shipping lines told reporters that fares could rise again next year.';

export function typedText(length: number): string {
  let text = '';
  while (text.length < length) text += PROSE;
  return text.slice(0, length);
}

export interface TypingPlan {
  chars: number;
  /** Pause after each keystroke's frame, as a fast typist's rhythm. */
  gapMs: number;
  /** A longer pause every so many characters (end of a phrase): debounced work such as the live check and autosave runs then. */
  pauseEvery: number;
  pauseMs: number;
}

export const NEXT_FRAME = `new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))`;

/** Puts the caret at the end of the block in the middle of the document (or of the last block), scrolled into view. */
function caretScript(editorSelector: string, where: 'end' | 'middle'): string {
  return `(() => {
    const editor = document.querySelector(${JSON.stringify(editorSelector)});
    editor.focus();
    const blocks = [...editor.children].filter((child) => child.tagName === 'P');
    const block = ${where === 'end' ? 'blocks[blocks.length - 1]' : 'blocks[Math.floor(blocks.length / 2)]'};
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let last = null;
    while (walker.nextNode()) last = walker.currentNode;
    const range = document.createRange();
    range.setStart(last, last.length);
    range.collapse(true);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    block.scrollIntoView({ block: 'center' });
    return block.textContent.length;
  })()`;
}

export interface TypingResult extends KeystrokeLatency {
  eventTimingSupported: boolean;
  /** The typed text is in the document, where it was typed. */
  landed: boolean;
}

/** Types `plan.chars` characters at the end or in the middle of the editor and returns one latency per keystroke. */
export async function typeInto(page: Page, editorSelector: string, where: 'end' | 'middle', plan: TypingPlan): Promise<TypingResult> {
  await page.evaluate(caretScript(editorSelector, where));
  await page.evaluate(NEXT_FRAME);
  await page.waitForTimeout(300);
  await page.evaluate(TAKE_PROBE);
  const text = typedText(plan.chars);
  for (let index = 0; index < text.length; index += 1) {
    await page.keyboard.press(text[index] === ' ' ? 'Space' : text[index]!);
    await page.evaluate(NEXT_FRAME);
    if ((index + 1) % plan.pauseEvery === 0) await page.waitForTimeout(plan.pauseMs);
    else if (plan.gapMs > 0) await page.waitForTimeout(plan.gapMs);
  }
  await page.waitForTimeout(200);
  const data = (await page.evaluate(TAKE_PROBE)) as ProbeData;
  const landed = (await page.evaluate(`document.querySelector(${JSON.stringify(editorSelector)}).textContent.includes(${JSON.stringify(text.trim())})`)) as boolean;
  if (data.keys.length !== text.length) throw new Error(`the probe saw ${data.keys.length} keystrokes of ${text.length}`);
  return { ...latencies(data), eventTimingSupported: data.supported, landed };
}

export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE_SCRIPT });
}

/** JS heap in use after a full garbage collection, in MiB (CDP Performance.getMetrics), and DOM node count. */
export async function retainedHeap(cdp: CDPSession): Promise<{ heapMiB: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  return { heapMiB: metric('JSHeapUsedSize') / 2 ** 20, nodes: metric('Nodes') };
}
