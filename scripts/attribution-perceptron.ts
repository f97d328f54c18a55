/**
 * Averaged perceptron training for the attribution tagger (Collins 2002, with
 * the lazy averaging trick so that an update costs only the touched weights).
 * The model decodes greedily with its own previous predictions as history,
 * so training does the same: it learns to recover from its own mistakes.
 */
import { OUTPUTS, ROLES } from '../shared/attribution/labels';
import type { StaticFeatures } from '../shared/attribution/features';
import type { LabelSequences, SentenceState } from '../shared/attribution/tagger';
import { bestLabel, DYNAMIC_FEATURES, featuresOfToken, scoreFeatures, updateSentenceState } from '../shared/attribution/tagger';
import type { Token } from '../shared/attribution/tokens';
import { DenseWeights } from '../shared/attribution/weights';

export interface TrainingExample {
  tokens: Token[];
  features: StaticFeatures;
  gold: LabelSequences;
}

export class AveragedPerceptron {
  readonly weights: DenseWeights;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private clock = 0;
  readonly errorsByRole = [0, 0, 0];

  constructor(hashBits: number) {
    this.weights = new DenseWeights(hashBits);
    this.totals = new Float64Array(this.weights.values.length);
    this.stamps = new Int32Array(this.weights.values.length);
  }

  /** One pass over one document; returns the number of wrongly labelled (token, role) pairs. */
  train(example: TrainingExample): number {
    const { tokens, features, gold } = example;
    const predicted = ROLES.map(() => new Uint8Array(tokens.length));
    const feats = new Uint32Array(features.perToken + DYNAMIC_FEATURES);
    const scores = new Float32Array(OUTPUTS);
    const state: SentenceState = { cueSeen: 0, sourceSeen: 0, contentSeen: 0 };
    const mask = (1 << this.weights.hashBits) - 1;
    let errors = 0;
    for (let i = 0; i < tokens.length; i++) {
      this.clock++;
      const count = featuresOfToken(tokens, features, predicted, i, state, feats);
      scoreFeatures(this.weights, feats, count, scores);
      for (let role = 0; role < ROLES.length; role++) {
        const guess = bestLabel(scores, role);
        const truth = gold[role]![i]!;
        predicted[role]![i] = guess;
        if (guess === truth) continue;
        errors++;
        this.errorsByRole[role]!++;
        for (let f = 0; f < count; f++) {
          const base = (feats[f]! & mask) * OUTPUTS + role * 3;
          this.update(base + truth, 1);
          this.update(base + guess, -1);
        }
      }
      updateSentenceState(state, tokens, predicted, i);
    }
    return errors;
  }

  private update(index: number, delta: number): void {
    const values = this.weights.values;
    this.totals[index]! += (this.clock - this.stamps[index]!) * values[index]!;
    this.stamps[index] = this.clock;
    values[index]! += delta;
  }

  /** The averaged weights, which generalise far better than the final ones. */
  averaged(): DenseWeights {
    const result = new DenseWeights(this.weights.hashBits);
    const values = this.weights.values;
    for (let i = 0; i < values.length; i++) {
      const total = this.totals[i]! + (this.clock - this.stamps[i]!) * values[i]!;
      result.values[i] = total / Math.max(1, this.clock);
    }
    return result;
  }
}
