import { Anchor, NavLink, type AnchorProps, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

type AnchorElProps = AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>;
type NavLinkElProps = NavLinkProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

/** Mantine's anchor with the router's typed `to` and `params`. */
export const AnchorLink = createLink(
  forwardRef<HTMLAnchorElement, AnchorElProps>(function AnchorLinkInner(props, ref) {
    return <Anchor ref={ref} {...props} />;
  }),
);

export const NavLinkLink = createLink(
  forwardRef<HTMLAnchorElement, NavLinkElProps>(function NavLinkInner(props, ref) {
    return <NavLink component="a" ref={ref} {...props} />;
  }),
);
