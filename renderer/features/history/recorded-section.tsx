import type { RecordedSection } from './call-record';

interface RecordedSectionViewProps {
  readonly section: RecordedSection;
  /** False while only stored ids are known: they are shown as ids, not as words. */
  readonly isLabelled: boolean;
}

/** One step or situation of a past call: what was written down, and the questions ticked. */
export function RecordedSectionView({ section, isLabelled }: RecordedSectionViewProps) {
  const headingId = `recorded-${section.sectionId}`;
  const isEmpty = section.values.length === 0 && section.questionsAsked.length === 0;
  return (
    <section className="recorded-section" aria-labelledby={headingId}>
      <h4 id={headingId}>{isLabelled ? section.title : <code>{section.title}</code>}</h4>
      {isEmpty && <p className="empty">Nothing was written down here.</p>}
      {section.values.length > 0 && (
        <dl className="recorded-section__values">
          {section.values.map(({ fieldId, label, value }) => (
            <div key={fieldId} className="recorded-section__value">
              <dt>{isLabelled ? label : <code>{label}</code>}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {section.questionsAsked.length > 0 && (
        <>
          <p className="recorded-section__label" id={`${headingId}-questions`}>
            Questions asked
          </p>
          <ul aria-labelledby={`${headingId}-questions`}>
            {section.questionsAsked.map((question, index) => (
              <li key={`${index}:${question}`}>{question}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
