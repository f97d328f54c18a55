import type { CleanupRule } from './cleanup-rule';
import { breadcrumbRule } from './breadcrumb';
import { bylineRule } from './byline';
import { commentFormRule } from './comment-form';
import { cookieNoticeRule } from './cookie-notice';
import { datelineRule } from './dateline';
import { headlineRule } from './headline';
import { mobileVersionRule } from './mobile-version';
import { publicationDateRule } from './publication-date';
import { relatedArticlesRule } from './related-articles';
import { repeatedHeadlineRule } from './repeated-headline';
import { sharePromptRule } from './share-prompt';
import { standfirstRule } from './standfirst';
import { trailingCreditRule } from './trailing-credit';

/**
 * The clean-up, in order. Site chrome goes first, so that what is left above
 * the body is headline, byline and dates, and what is left at the end is the
 * credit. Byline and date lines go before the headline is picked, so neither
 * is taken for it.
 */
export const CLEANUP_RULES: readonly CleanupRule[] = [
  breadcrumbRule,
  commentFormRule,
  mobileVersionRule,
  sharePromptRule,
  cookieNoticeRule,
  relatedArticlesRule,
  bylineRule,
  publicationDateRule,
  headlineRule,
  repeatedHeadlineRule,
  datelineRule,
  standfirstRule,
  trailingCreditRule,
];
