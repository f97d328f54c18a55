/** Where a popover or card sits, in viewport coordinates: `top` when below its anchor, `bottom` when above. */
export type FloatingPosition = { top?: number; bottom?: number; left: number };

const WIDTH = 340;
/** The height a popover needs to show its actions. */
const MIN_ROOM = 260;

/** Below the anchor, or above it when the anchor is in the lower part of the window, so it stays on screen. */
export function nextTo(rect: DOMRect): FloatingPosition {
  const left = Math.round(Math.max(8, Math.min(rect.left, window.innerWidth - WIDTH)));
  // Clamped so that even an anchor scrolled partly out of view leaves the whole popover reachable.
  const clamp = (value: number) => Math.round(Math.max(8, Math.min(value, window.innerHeight - MIN_ROOM)));
  if (rect.bottom > window.innerHeight * 0.6) return { bottom: clamp(window.innerHeight - rect.top + 6), left };
  return { top: clamp(rect.bottom + 6), left };
}
