import { useId, useState } from 'react';

/**
 * A panel a button shows and hides: whether it is open, the panel's id, and the props that make a button its
 * toggle (`aria-expanded`, `aria-controls`, the click).
 */
export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  return {
    open,
    panelId,
    toggleProps: { 'aria-expanded': open, 'aria-controls': panelId, onClick: () => setOpen((o) => !o) },
  };
}
