/**
 * shared/ compiles without DOM or Node typings, so that nothing host-specific
 * slips in. The WHATWG URL parser exists in every host we run on (Chromium,
 * Node, Electron); this declares the small part of it that shared/ may use.
 */
interface SharedURL {
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  toString(): string;
}

declare const URL: {
  new (input: string, base?: string): SharedURL;
  canParse(input: string, base?: string): boolean;
};
