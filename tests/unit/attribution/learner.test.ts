import { describe, expect, it } from 'vitest';
import { extractStaticFeatures, quoteContext } from '../../../shared/attribution/features';
import { BEGIN, OUTSIDE } from '../../../shared/attribution/labels';
import { findQuoteRegions } from '../../../shared/attribution/quotes';
import { tagTokens } from '../../../shared/attribution/tagger';
import { tokenize } from '../../../shared/attribution/tokens';
import type { GoldAttribution } from '../../../scripts/attribution-corpus';
import { goldLabels } from '../../../scripts/attribution-gold-labels';
import { AveragedPassiveAggressive } from '../../../scripts/attribution-learner';
import type { TrainingExample } from '../../../scripts/attribution-learner';

/** An invented sentence "SOURCE CUE that CONTENT." with its gold spans. */
function example(source: string, cue: string, content: string): TrainingExample {
  const text = `${source} ${cue} that ${content}.`;
  const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const gold: GoldAttribution = { cue: span(cue), source: span(source), content: span(`that ${content}`) };
  const tokens = tokenize(text);
  const features = extractStaticFeatures(tokens, quoteContext(tokens, findQuoteRegions(text, tokens)));
  return { tokens, features, gold: goldLabels(tokens, [gold]) };
}

const TRAINING = [
  example('The mayor', 'said', 'the bridge would reopen in May'),
  example('Ms. Okafor', 'argued', 'the council had wasted the grant'),
  example('The ministry', 'announced', 'fares would rise next year'),
  example('Dr. Ansel', 'warned', 'the river was still rising'),
  example('The union', 'claimed', 'the talks had collapsed overnight'),
  example('Mr. Brandt', 'insisted', 'nobody had seen the letter'),
];

describe('training the attribution tagger', () => {
  it('learns from a few labelled sentences to tag the cue, source and content of a new one', () => {
    const learner = new AveragedPassiveAggressive(16);
    for (let epoch = 0; epoch < 10; epoch++) for (const sentence of TRAINING) learner.train(sentence);
    const unseen = example('The harbour master', 'said', 'the ferry would sail at noon');
    const [cue, source, content] = tagTokens(unseen.tokens, unseen.features, learner.averaged());
    const words = unseen.tokens.map((t) => t.text);
    const said = words.indexOf('said');
    expect(cue![said]).toBe(BEGIN);
    expect(source![words.indexOf('The')]).toBe(BEGIN);
    expect(content![words.indexOf('ferry')]).not.toBe(OUTSIDE);
    expect(cue![words.indexOf('ferry')]).toBe(OUTSIDE);
  });

  it('makes fewer mistakes on its training sentences from one epoch to the next', () => {
    const learner = new AveragedPassiveAggressive(16);
    const errorsIn = () => TRAINING.reduce((sum, sentence) => sum + learner.train(sentence), 0);
    const first = errorsIn();
    for (let epoch = 0; epoch < 8; epoch++) errorsIn();
    expect(errorsIn()).toBeLessThan(first);
  });
});
