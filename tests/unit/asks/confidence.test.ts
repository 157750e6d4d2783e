import { describe, expect, it } from 'vitest';
import { classifyAsks } from '../../../utils/asks';
import { ASK_MODEL } from '../../../utils/asks/model/weights';
import { decide } from '../../../utils/asks/model/predict';
import { ASK_TYPES } from '../../../utils/model/types';

// The classifier's confidence: a calibrated probability per ask, "not sure" rather than a guess,
// the cues deciding what a message denies, and a reason shown for every ask it states.

describe('probabilities and "not sure"', () => {
  it('gives every label a probability, and the stated asks the likelier ones', () => {
    const r = classifyAsks('Hi Owen, would you be willing to refer me for the data engineer opening on your team?');
    expect(Object.keys(r.probabilities ?? {}).sort()).toEqual([...ASK_TYPES].sort());
    expect(r.asks).toEqual(['referral']);
    expect(r.probabilities!.referral!).toBeGreaterThan(0.5);
    expect(r.probabilities!.business!).toBeLessThan(0.2);
  });

  it('is the same answer every time', () => {
    const text = "Bonjour Claire, accepteriez-vous de me coopter pour le poste de chargée de communication ?";
    expect(classifyAsks(text)).toEqual(classifyAsks(text));
  });

  it('leaves a likely-but-doubtful ask "not sure" instead of stating it', () => {
    const probabilities = ASK_MODEL.labels.map((l) => (l === 'job' ? Math.max(0, ASK_MODEL.thresholds[0]!.state - 0.01) : l === 'none' ? 0.05 : 0.01));
    const d = decide(ASK_MODEL, probabilities);
    if (ASK_MODEL.thresholds[0]!.state > 0.02) {
      expect(d.asks).toEqual(['none']);
      expect(d.unsure).toContain('job');
    } else expect(d.asks).toContain('job');
  });

  it('never states and doubts the same ask', () => {
    for (const text of ['Any update on my application?', "Merci pour ton aide, j'ai eu le poste !", 'Could we chat about potential synergies?', 'Hey, can you intro me to your CFO?']) {
      const r = classifyAsks(text);
      for (const a of r.unsure ?? []) expect(r.asks).not.toContain(a);
    }
  });
});

describe('the cues decide what a message denies', () => {
  it.each([
    ["I'm not asking for a job, just your advice on moving into UX.", 'job'],
    ['Je ne vous demande pas de poste, juste votre avis sur ma reconversion.', 'job'],
    ["To be clear, I'm not asking you for a referral — I'd love your perspective on the market.", 'referral'],
  ] as const)('%s → no %s, not even as a doubt', (text, denied) => {
    const r = classifyAsks(text);
    expect(r.asks).not.toContain(denied);
    expect(r.unsure ?? []).not.toContain(denied);
    expect(r.probabilities![denied]!).toBeLessThan(0.05);
    expect(r.asks).toContain('advice');
  });
});

describe('every stated ask comes with the words that show it', () => {
  it.each([
    "Hi! I'm interested in the below role and curious if you're open to refer. Happy to send my resume.",
    'Bonjour, pourriez-vous me mettre en relation avec la responsable des achats de votre groupe ?',
    'Would you be open to sharing a quick testimonial about our work together?',
    'Hello, we help accounting firms automate their reminders. Open to a 15-minute demo?',
  ])('%s', (text) => {
    const r = classifyAsks(text);
    expect(r.asks).not.toEqual(['none']);
    for (const ask of r.asks) {
      const cue = r.cues.find((c) => c.ask === ask);
      expect(cue, `no reason shown for ${ask}`).toBeDefined();
      expect(text.slice(cue!.index, cue!.index + cue!.cue.length)).toBe(cue!.cue);
    }
  });
});
