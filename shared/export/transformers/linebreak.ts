import type { NodeTransformer } from '../render-context';

export const linebreakTransformer: NodeTransformer = {
  type: 'linebreak',
  render() {
    return '<br>';
  },
};
