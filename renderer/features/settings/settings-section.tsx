import { useId, type ReactNode } from 'react';
import { Heading } from '../../ui/heading';

/** One part of the Settings page: a region named by its heading, so it can be jumped to. */
export function SettingsSection({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="settings-section__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
