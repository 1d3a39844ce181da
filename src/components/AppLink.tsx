import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { serializeHash } from '../url/codec';
import type { ViewState } from '../url/view-state';
import { useNavigation } from './navigation';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: ViewState };

/** A real link to a view (so it can be opened in a new tab or copied) that navigates in place. */
export function AppLink({ to, onClick, ...rest }: Props) {
  const nav = useNavigation();
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    nav.navigate(to);
  };
  return <a {...rest} href={serializeHash(to)} onClick={handle} />;
}
