/** Size limits on what a content script may send. LinkedIn caps a message at 8,000 characters. */
export const LIMITS = {
  text: 20_000,
  name: 200,
  headline: 500,
  url: 2_048,
  recipients: 50,
  messages: 500,
  mutualNames: 50,
} as const;
