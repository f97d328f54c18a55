import { describe, expect, it } from 'vitest';
import { parseDateLine, parseNewsDate } from '../../../shared/import/dates/parse-news-date';

describe('news dates', () => {
  it.each([
    ['2022-04-13T09:12:44+00:00', '2022-04-13'],
    ['April 13, 2022', '2022-04-13'],
    ['Apr. 13, 2022 10:35 AM EDT', '2022-04-13'],
    ['Wednesday, April 13, 2022', '2022-04-13'],
    ['13 April 2022', '2022-04-13'],
    ['13th of April, 2022', '2022-04-13'],
    ['13.04.2022 - 10:35', '2022-04-13'],
    ['13/04/2022', '2022-04-13'],
    ['04/13/2022', '2022-04-13'],
    ['Sept 3, 2021', '2021-09-03'],
  ])('reads "%s"', (text, iso) => {
    expect(parseNewsDate(text)).toBe(iso);
  });

  it.each(['04/05/2022', 'February 30, 2022', 'April 13', 'in April 2022 prices rose'])('does not guess "%s"', (text) => {
    expect(parseNewsDate(text)).toBeUndefined();
  });

  it('reads labelled date lines', () => {
    expect(parseDateLine('Published: April 13, 2022')).toBe('2022-04-13');
    expect(parseDateLine('Last updated on 14.04.2022 10:35')).toBe('2022-04-14');
  });
});
