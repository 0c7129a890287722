import { Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import './markdown.css';

/**
 * Renders people's Markdown safely: raw HTML is never parsed (no rehype-raw), and the
 * tree is sanitized (GitHub's schema: no script, no event handlers, no javascript: URLs)
 * before highlighting adds its class names.
 *
 * Loaded on demand through `Markdown` (markdown.tsx): the parser, sanitizer and highlighter
 * are the largest part of the web bundle and only pages that show posts need them.
 */
export default function MarkdownRenderer({ children }: { children: string }) {
  return (
    <Typography className="gh-markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize, [rehypeHighlight, { detect: false }]]}
        components={{
          a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer nofollow" target={props.href?.startsWith('#') ? undefined : '_blank'} />,
          // GFM task-list boxes are read-only; name them so assistive tech says what they mean.
          input: ({ node: _node, ...props }) => <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />,
          img: ({ node: _node, alt, ...props }) => <img {...props} alt={alt ?? ''} loading="lazy" style={{ maxWidth: '100%' }} />,
          // Code blocks scroll sideways on narrow screens; keyboard users need to reach them to scroll.
          pre: ({ node: _node, ...props }) => <pre {...props} tabIndex={0} />,
        }}
      >
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
