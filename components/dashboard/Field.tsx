import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * A labelled control. The label points at the control with for/id rather than wrapping it: a
 * wrapped select or text box would add its current value to its own accessible name.
 */
export function Field({ label, hidden, class: cls, children }: { label: string; hidden?: boolean; class?: string; children: (id: string) => ComponentChildren }) {
  const id = useId();
  return (
    <div class={cls ? `field ${cls}` : 'field'}>
      <label for={id} class={hidden ? 'sr-only' : undefined}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
