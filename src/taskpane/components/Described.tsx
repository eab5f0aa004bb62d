/**
 * Controls whose accessible name is their visible label (WCAG 2.5.3 "label in name"): extra help
 * goes into a hidden element that the control points to with aria-describedby, so a screen reader
 * (or a voice-control user saying the label) hears the label first and the help after it.
 * Each instance gets its own id (React useId), so two buttons never share a description.
 */
import * as React from 'react';
import { Button, useId, type ButtonProps } from '@fluentui/react-components';

/** A hidden description and the id to point at; `null` text gives no description. */
export function useDescription(text: string | null): { describedBy: string | undefined; node: React.ReactNode } {
  const id = useId('desc-');
  if (!text) return { describedBy: undefined, node: null };
  return {
    describedBy: id,
    node: (
      <span id={id} hidden>
        {text}
      </span>
    ),
  };
}

/** A Fluent Button named by its children and described by `description`. */
export function DescribedButton({ description, ...props }: ButtonProps & { description: string | null }): React.JSX.Element {
  const { describedBy, node } = useDescription(description);
  return (
    <>
      <Button {...props} aria-describedby={describedBy} />
      {node}
    </>
  );
}
