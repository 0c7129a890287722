import { Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, useMemo } from 'react';
import { diffHunks, type DiffLine } from './diff-rows';
import './diff-view.css';

const SIGN = { removed: '−', added: '+', context: '' } as const;
const SAID = { removed: 'removed: ', added: 'added: ', context: '' } as const;

/**
 * A unified diff made readable: removed lines red with "−", added lines green with "+" (each also
 * named for screen readers, so colour is never the only sign), side by side at desktop width and
 * one column on phones.
 */
export function DiffView({ unified, from, to }: { unified: string; from: string; to: string }) {
  const wide = useMediaQuery('(min-width: 62em)', true);
  const hunks = useMemo(() => diffHunks(unified), [unified]);
  if (hunks.length === 0) return <Text c="dimmed">{from} and {to} have the same text.</Text>;
  const caption = `Changes from ${from} to ${to}`;

  if (wide) {
    return (
      <table className="gh-diff" aria-label={caption}>
        <caption>{caption}, side by side</caption>
        <colgroup>
          <col className="gh-diff-num" />
          <col className="gh-diff-sign" />
          <col />
          <col className="gh-diff-num" />
          <col className="gh-diff-sign" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th className="gh-diff-num" scope="col">
              <VisuallyHidden>Line in {from}</VisuallyHidden>
            </th>
            <th scope="col" colSpan={2}>
              {from}
            </th>
            <th className="gh-diff-num gh-diff-split" scope="col">
              <VisuallyHidden>Line in {to}</VisuallyHidden>
            </th>
            <th scope="col" colSpan={2}>
              {to}
            </th>
          </tr>
        </thead>
        <tbody>
          {hunks.map((h, i) => (
            <Fragment key={i}>
              <tr className="gh-diff-hunk">
                <td colSpan={6}>{h.header}</td>
              </tr>
              {h.rows.map((r, j) => (
                <tr key={j}>
                  <Side line={r.left} number={r.left?.oldNumber} />
                  <Side line={r.right} number={r.right?.newNumber} split />
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table className="gh-diff" aria-label={caption}>
      <caption>{caption}</caption>
      <colgroup>
        <col className="gh-diff-num" />
        <col className="gh-diff-num" />
        <col className="gh-diff-sign" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th className="gh-diff-num" scope="col">
            <VisuallyHidden>Line in {from}</VisuallyHidden>
          </th>
          <th className="gh-diff-num" scope="col">
            <VisuallyHidden>Line in {to}</VisuallyHidden>
          </th>
          <th scope="col" colSpan={2}>
            <VisuallyHidden>Text</VisuallyHidden>
          </th>
        </tr>
      </thead>
      <tbody>
        {hunks.map((h, i) => (
          <Fragment key={i}>
            <tr className="gh-diff-hunk">
              <td colSpan={4}>{h.header}</td>
            </tr>
            {h.lines.map((l, j) => (
              <tr key={j} className={l.kind === 'context' ? undefined : `gh-diff-${l.kind}`}>
                <td className="gh-diff-num">{l.oldNumber ?? ''}</td>
                <td className="gh-diff-num">{l.newNumber ?? ''}</td>
                <td className="gh-diff-sign" aria-hidden>
                  {SIGN[l.kind]}
                </td>
                <td>
                  {SAID[l.kind] && <VisuallyHidden>{SAID[l.kind]}</VisuallyHidden>}
                  {l.text || ' '}
                </td>
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function Side({ line, number, split }: { line?: DiffLine; number?: number; split?: boolean }) {
  if (!line) {
    return (
      <>
        <td className={`gh-diff-num gh-diff-empty${split ? ' gh-diff-split' : ''}`} />
        <td className="gh-diff-empty" colSpan={2} />
      </>
    );
  }
  const cls = line.kind === 'context' ? '' : `gh-diff-${line.kind}`;
  return (
    <>
      <td className={`gh-diff-num ${cls}${split ? ' gh-diff-split' : ''}`}>{number ?? ''}</td>
      <td className={`gh-diff-sign ${cls}`} aria-hidden>
        {SIGN[line.kind]}
      </td>
      <td className={cls}>
        {SAID[line.kind] && <VisuallyHidden>{SAID[line.kind]}</VisuallyHidden>}
        {line.text || ' '}
      </td>
    </>
  );
}
