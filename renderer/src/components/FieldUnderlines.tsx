import { useLayoutEffect, useRef, type ComponentProps, type ReactElement, type RefObject } from 'react';

/** A stretch of the field's text to underline (what it is wrong with is said in the check panel's list). */
export interface UnderlineRange {
  start: number;
  end: number;
}

/** The text field's own box and type: the overlay must wrap its lines exactly where the field does. */
const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'wordSpacing',
  'tabSize',
] as const;

/**
 * Wavy underlines drawn over a plain text field (a textarea cannot mark its own text): a copy of the text, in the
 * field's box and type, transparent but for the marks, laid over the field and letting the pointer through. It
 * follows the field's size and scrolling.
 */
export function FieldUnderlines({ field, text, ranges, className }: { field: RefObject<HTMLTextAreaElement | null>; text: string; ranges: UnderlineRange[]; className: string }) {
  const overlay = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const target = field.current;
    const layer = overlay.current;
    if (!target || !layer) return;
    const copy = (): void => {
      const style = getComputedStyle(target);
      for (const name of COPIED) layer.style[name] = style[name];
      layer.style.top = `${target.offsetTop}px`;
      layer.style.left = `${target.offsetLeft}px`;
      layer.scrollTop = target.scrollTop;
    };
    copy();
    const resized = new ResizeObserver(copy);
    resized.observe(target);
    const scrolled = (): void => {
      layer.scrollTop = target.scrollTop;
    };
    target.addEventListener('scroll', scrolled);
    return () => {
      resized.disconnect();
      target.removeEventListener('scroll', scrolled);
    };
  }, [field, ranges.length]);
  if (ranges.length === 0) return null;
  const parts: ReactElement[] = [];
  let at = 0;
  for (const [index, range] of [...ranges].sort((a, b) => a.start - b.start).entries()) {
    if (range.start < at || range.end > text.length) continue;
    parts.push(<span key={`t${index}`}>{text.slice(at, range.start)}</span>);
    parts.push(
      <mark key={`m${index}`} className={className}>
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  parts.push(<span key="rest">{text.slice(at)}</span>);
  return (
    <div ref={overlay} className="field-underlines" aria-hidden="true">
      {parts}
    </div>
  );
}

/** A textarea with spelling underlines over its text: the field as it was, in a wrapper that holds the layer. */
export function UnderlinedTextArea({ ranges, ref, ...props }: ComponentProps<'textarea'> & { ranges: UnderlineRange[] }) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const setRef = (node: HTMLTextAreaElement | null): void => {
    own.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };
  return (
    <div className="underlined-field">
      <textarea ref={setRef} {...props} />
      <FieldUnderlines field={own} text={String(props.value ?? '')} ranges={ranges} className="spelling-mark" />
    </div>
  );
}
