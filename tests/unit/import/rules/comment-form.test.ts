import { describe, expect, it } from 'vitest';
import { commentFormRule, isCommentFormLine } from '../../../../shared/import/rules/comment-form';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('comment-form rule', () => {
  it('removes the WordPress comment form lines, each reported', () => {
    const state = stateOf(`${lines(BODY, 'Leave a Reply Cancel reply')}\n\nPlease enter your comment!\nPlease enter your name here\nYou have entered an incorrect email address!`);
    const outcome = commentFormRule.apply(state);
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed.map((line) => line.text)).toEqual([
      'Leave a Reply Cancel reply',
      'Please enter your comment!',
      'Please enter your name here',
      'You have entered an incorrect email address!',
    ]);
    expect(outcome.removed.every((line) => line.ruleId === 'comment-form')).toBe(true);
  });

  it.each([
    'Your email address will not be published. Required fields are marked *',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Post Comment',
    '3 Comments',
  ])('recognises "%s"', (line) => {
    expect(isCommentFormLine(line)).toBe(true);
  });

  it('keeps sentences about comments', () => {
    const sentence = 'Please enter your comment on the proposal by Friday, the ministry told citizens.';
    expect(isCommentFormLine(sentence)).toBe(false);
    expect(commentFormRule.apply(stateOf(lines(BODY, sentence))).removed).toEqual([]);
  });
});
