/** 1-based line and column, as editors and compilers report them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Converts offsets in a text to lines and columns. The line starts are
 * computed once, so a report with many findings stays linear.
 */
export function lineColumnLocator(text: string): (offset: number) => LineColumn {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}
