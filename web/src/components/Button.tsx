import { Button as RacButton, type ButtonProps as RacButtonProps } from 'react-aria-components';
import { Link, type LinkProps } from 'react-router';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

export interface ButtonProps extends Omit<RacButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  children: React.ReactNode;
  className?: string;
}

/**
 * A button (KERN .kern-btn). `isPending` keeps it focusable, marks it busy and announces the wait;
 * use it while a mutation runs instead of disabling the button.
 */
export function Button({ variant = 'primary', children, className, ...props }: ButtonProps) {
  return (
    <RacButton {...props} className={cx('kern-btn', `kern-btn--${variant}`, className)}>
      {({ isPending }) => (
        <>
          {isPending && <span className="tb-spinner" aria-hidden="true" />}
          <span className="kern-label">{children}</span>
        </>
      )}
    </RacButton>
  );
}

/** A link that looks like a button (for navigation: "Create an account", "Sign in"). */
export function ButtonLink({ variant = 'secondary', children, className, ...props }: LinkProps & { variant?: ButtonVariant }) {
  return (
    <Link {...props} className={cx('kern-btn', `kern-btn--${variant}`, className)}>
      <span className="kern-label">{children}</span>
    </Link>
  );
}
