import { z } from 'zod';

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1360, height: 860, maximized: false };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Restores the remembered bounds only when they still overlap a connected
 * display: a window saved on an unplugged monitor must not open off-screen.
 */
export function restorableWindowState(saved: unknown, displays: Rect[]): WindowState {
  const parsed = WindowStateSchema.safeParse(saved);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const state = parsed.data;
  if (state.x === undefined || state.y === undefined) return { ...state, x: undefined, y: undefined };
  const { x, y } = state;
  const visible = displays.some(
    (display) =>
      x + 100 <= display.x + display.width &&
      x + state.width - 100 >= display.x &&
      y >= display.y &&
      y + 50 <= display.y + display.height,
  );
  return visible ? state : { ...state, x: undefined, y: undefined };
}
