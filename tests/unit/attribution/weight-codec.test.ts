import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../shared/attribution/base64';
import { OUTPUTS } from '../../../shared/attribution/labels';
import { decodeGaps, decodeWeightLevels, dequantizeWeight, encodeGaps, encodeWeightLevels, quantizeWeight } from '../../../shared/attribution/weight-codec';
import { DenseWeights, loadPasses, MODEL_VERSION } from '../../../shared/attribution/weights';
import { serializeModel } from '../../../scripts/attribution-model-file';

describe('the model file codec', () => {
  it('reads back every byte it wrote, whatever the padding', () => {
    for (let length = 0; length < 8; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 255) & 255);
      expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
    }
    expect(encodeBase64(Uint8Array.from([77, 97, 110]))).toBe('TWFu');
  });

  it('refuses text that is not base64', () => {
    expect(() => decodeBase64('ab!d')).toThrow(/not a base64 character/);
  });

  it('keeps bucket gaps exact, including ones above one byte', () => {
    const gaps = [0, 1, 127, 128, 300, 16_384, 1_048_575];
    expect(decodeGaps(encodeGaps(gaps))).toEqual(gaps);
  });

  it('keeps weights close to their trained values, finest near zero', () => {
    const largest = 8;
    for (const value of [-8, -3.2, -0.01, 0, 0.004, 0.5, 7.9]) {
      const restored = dequantizeWeight(quantizeWeight(value, largest), largest);
      expect(Math.abs(restored - value)).toBeLessThanOrEqual(Math.max(0.002, Math.abs(value) * 0.05) + 0.001);
    }
    expect([...decodeWeightLevels(encodeWeightLevels([-127, -1, 0, 1, 127]))]).toEqual([-127, -1, 0, 1, 127]);
  });

  it('loads a serialised model with the same scores per feature', () => {
    const weights = new DenseWeights(4);
    weights.values[3 * OUTPUTS + 1] = 2;
    weights.values[9 * OUTPUTS + 4] = -0.5;
    const [loaded] = loadPasses(serializeModel([weights], 100));
    expect(loaded!.offsetOf(0)).toBe(-1);
    expect(loaded!.values[loaded!.offsetOf(3) + 1]).toBeCloseTo(2, 5);
    // Within one quantisation step of the square-root scale at a quarter of the largest weight.
    expect(Math.abs(loaded!.values[loaded!.offsetOf(9) + 4]! + 0.5)).toBeLessThan(0.02);
  });

  it('refuses a model written in another format version', () => {
    const model = { ...serializeModel([new DenseWeights(4)], 10), version: MODEL_VERSION - 1 };
    expect(() => loadPasses(model)).toThrow(/retrain/);
  });
});
