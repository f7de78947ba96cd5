import DOMPurify from 'dompurify';
import { createArticleSanitizer } from '../../contract/articleHtml';

/** Sanitizes article HTML in the browser with the contract's allow-list (the server already did once). */
export const sanitizeArticleHtml = createArticleSanitizer(DOMPurify);
