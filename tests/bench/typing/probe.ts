/**
 * Installed in the page before any of its scripts (page.addInitScript), as a
 * string so no bundler helper leaks into the page. For every keydown it
 * records two measurements:
 *  - Event Timing: PerformanceObserver 'event' entries (durationThreshold 16),
 *    the browser's own keystroke-to-next-paint duration; only events of 16 ms
 *    or more are reported, so a missing entry means "under 16 ms";
 *  - the requestAnimationFrame fallback: from the keydown's timestamp to a
 *    task posted from the next animation frame, which runs after that frame is
 *    rendered.
 */
export const PROBE_SCRIPT = `
(() => {
  const probe = { keys: [], events: [], supported: false };
  window.__benchProbe = probe;
  try {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, interactionId: entry.interactionId || 0 });
      }
    });
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
    probe.supported = PerformanceObserver.supportedEntryTypes.includes('event');
  } catch (error) {
    probe.supported = false;
  }
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.keys.push({ start, end: performance.now() });
      channel.port2.postMessage(null);
    });
  }, true);
})();
`;

export interface ProbeKey {
  start: number;
  end: number;
}

export interface ProbeEvent {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
}

export interface ProbeData {
  keys: ProbeKey[];
  events: ProbeEvent[];
  supported: boolean;
}

/** Reads and clears what the probe has recorded. */
export const TAKE_PROBE = `(() => { const p = window.__benchProbe; const data = { keys: p.keys, events: p.events, supported: p.supported }; p.keys = []; p.events = []; return data; })()`;

export interface KeystrokeLatency {
  /** Event Timing duration where the browser reported one (≥ 16 ms), else the rAF measurement. */
  combined: number[];
  raf: number[];
  /** Event Timing durations of the keystrokes it reported. */
  eventTiming: number[];
}

/**
 * One latency per keystroke. A keystroke's Event Timing duration is the
 * longest entry (keydown, keypress, beforeinput, input) that started at its keydown.
 */
export function latencies(data: ProbeData): KeystrokeLatency {
  const combined: number[] = [];
  const raf: number[] = [];
  const eventTiming: number[] = [];
  for (const key of data.keys) {
    const rafMs = key.end - key.start;
    const matching = data.events.filter((event) => Math.abs(event.start - key.start) < 1 || (event.start >= key.start && event.start - key.start < 4 && event.name !== 'keydown'));
    const reported = matching.length ? Math.max(...matching.map((event) => event.duration)) : null;
    raf.push(rafMs);
    if (reported !== null) eventTiming.push(reported);
    combined.push(reported ?? rafMs);
  }
  return { combined, raf, eventTiming };
}
