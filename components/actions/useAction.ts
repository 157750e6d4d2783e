import { useCallback, useState } from 'preact/hooks';
import { sendAction, type ActionData, type ActionType, type Send } from './sendAction';

export type ActionState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; error: string };

/** Runs user edits one at a time and keeps what the form shows: busy, saved, or the refusal. */
export function useAction(send: Send = sendAction) {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const run = useCallback(
    async <K extends ActionType>(type: K, data: ActionData<K>): Promise<boolean> => {
      setState({ kind: 'busy' });
      const ack = await send(type, data);
      setState(ack.ok ? { kind: 'done' } : { kind: 'failed', error: ack.error });
      return ack.ok;
    },
    [send],
  );
  return { state, run };
}
