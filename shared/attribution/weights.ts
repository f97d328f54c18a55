import { OUTPUTS } from './labels';
import { decodeGaps, decodeWeightLevels, dequantizeWeight } from './weight-codec';

/**
 * The tagger's weights: for each hashed feature bucket, one weight per output
 * (three labels for each of three roles). The trained model keeps only the
 * buckets that matter, in an open-addressing table, so it loads in a few
 * milliseconds and takes a few MB instead of a dense array of millions.
 */
export interface Weights {
  readonly hashBits: number;
  readonly values: Float32Array;
  /** Start of the bucket's OUTPUTS weights in `values`, or -1 when the bucket has none. */
  offsetOf(bucket: number): number;
}

/** The serialised model, as written by scripts/train-attribution.ts: one weight set per tagging pass. */
export interface SerializedModel {
  format: 'copydesk-attribution-tagger';
  version: number;
  passes: SerializedWeights[];
}

/** The model file format this code reads (see weight-codec.ts). */
export const MODEL_VERSION = 3;

export interface SerializedWeights {
  hashBits: number;
  /** The largest absolute weight of the pass: stored levels are relative to it. */
  largest: number;
  /** Bucket numbers in ascending order, each stored as the gap from the previous one (base64 LEB128). */
  bucketGaps: string;
  /** OUTPUTS signed byte levels per bucket, in bucket order (base64). */
  weights: string;
}

const SLOT_SIZE = OUTPUTS + 1;

export class SparseWeights implements Weights {
  /** Slots of SLOT_SIZE numbers: the bucket number, then its OUTPUTS weights (one cache line per lookup). */
  readonly values: Float32Array;
  private readonly keys: Int32Array;
  private readonly mask: number;

  constructor(readonly hashBits: number, buckets: number[], weights: Float32Array) {
    let size = 1;
    while (size < buckets.length * 2) size <<= 1;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * SLOT_SIZE * 4);
    this.keys = new Int32Array(buffer);
    this.values = new Float32Array(buffer);
    for (let slot = 0; slot < size; slot++) this.keys[slot * SLOT_SIZE] = -1;
    buckets.forEach((bucket, index) => {
      let slot = this.home(bucket);
      while (this.keys[slot * SLOT_SIZE] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot * SLOT_SIZE] = bucket;
      this.values.set(weights.subarray(index * OUTPUTS, (index + 1) * OUTPUTS), slot * SLOT_SIZE + 1);
    });
  }

  offsetOf(bucket: number): number {
    let slot = this.home(bucket);
    for (;;) {
      const key = this.keys[slot * SLOT_SIZE]!;
      if (key === bucket) return slot * SLOT_SIZE + 1;
      if (key === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private home(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> 0 & this.mask;
  }

  static fromSerialized(model: SerializedWeights): SparseWeights {
    const buckets: number[] = [];
    let bucket = 0;
    for (const gap of decodeGaps(model.bucketGaps)) buckets.push((bucket += gap));
    const levels = decodeWeightLevels(model.weights);
    if (levels.length !== buckets.length * OUTPUTS) throw new Error('attribution model: weights do not match buckets');
    const values = new Float32Array(levels.length);
    for (let i = 0; i < values.length; i++) values[i] = dequantizeWeight(levels[i]!, model.largest);
    return new SparseWeights(model.hashBits, buckets, values);
  }
}

/** Every bucket present: what training uses before pruning. */
export class DenseWeights implements Weights {
  readonly values: Float32Array;
  constructor(readonly hashBits: number) {
    this.values = new Float32Array((1 << hashBits) * OUTPUTS);
  }
  offsetOf(bucket: number): number {
    return bucket * OUTPUTS;
  }
}

/** The weights of every pass of a serialised model. */
export function loadPasses(model: SerializedModel): SparseWeights[] {
  if (model.format !== 'copydesk-attribution-tagger') throw new Error('not a Copydesk attribution model');
  if (model.version !== MODEL_VERSION) throw new Error(`attribution model version ${model.version}, expected ${MODEL_VERSION}: retrain it`);
  return model.passes.map((pass) => SparseWeights.fromSerialized(pass));
}
