// `steps[2].fields[0].type: expected …`: a path into the document, then the problem.
const ISSUE_PATTERN = /^(\(document\)|[A-Za-z_$][\w$-]*(?:\[\d+\]|\.[A-Za-z_$][\w$-]*)*): (.+)$/s;

function IssueText({ issue }: { issue: string }) {
  const match = ISSUE_PATTERN.exec(issue);
  if (!match) return <>{issue}</>;
  return (
    <>
      <code className="import-refusal__path">{match[1]}</code>: {match[2]}
    </>
  );
}

interface ImportRefusalProps {
  readonly fileName: string;
  readonly message: string;
  readonly issues: readonly string[];
}

/** Why a playbook file was not imported, with every problem main found and where it is. */
export function ImportRefusal({ fileName, message, issues }: ImportRefusalProps) {
  // Main's refusal already says nothing changed; other refusals (too large, unreadable) need it.
  const saysNothingChanged = /nothing stored has changed/i.test(message);
  return (
    <div className="import-refusal" role="alert">
      <p className="import-refusal__title">
        <span aria-hidden="true">⚠ </span>“{fileName}” was not imported.
      </p>
      <p>{message}</p>
      {issues.length > 0 && (
        <ul className="import-refusal__issues" aria-label="Problems in the file">
          {issues.map((issue, index) => (
            <li key={`${index}:${issue}`}>
              <IssueText issue={issue} />
            </li>
          ))}
        </ul>
      )}
      {!saysNothingChanged && <p>Nothing stored has changed.</p>}
    </div>
  );
}
