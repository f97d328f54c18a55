import type { NodeTransformer } from '../render-context';

/** A tab is whitespace in running text; HTML shows it as a space, which is what a reader expects. */
export const tabTransformer: NodeTransformer = {
  type: 'tab',
  render() {
    return '\t';
  },
};
