import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASK_MODEL } from '../../../utils/asks/model/weights';
import { loadCorpus } from '../../eval/corpus';
import { prepareMessages, trainAskModel, WEIGHTS_FILE } from '../../eval/train/trainAsks';

// The shipped model is whatever `npm run train:asks` makes of the corpus: a retraining here must
// give the same bytes, or the weights in the repository no longer come from the repository.

describe('the shipped ask model', () => {
  it('is what retraining on the corpus gives: weights, calibration, label sets and thresholds', () => {
    const model = trainAskModel(prepareMessages(loadCorpus()));
    expect(model.weights === ASK_MODEL.weights, 'the shipped weights differ from a retraining: run npm run train:asks').toBe(true);
    expect({ ...model, weights: '' }).toEqual({ ...ASK_MODEL, weights: '' });
  });

  it('fits the size budget (300 KB for the weights in the built extension)', () => {
    expect(statSync(WEIGHTS_FILE).size).toBeLessThanOrEqual(300 * 1024);
  });
});
