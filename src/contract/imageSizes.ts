// The `sizes` of the pictures that are often a page's largest paint. The app lays them out at these
// sizes and the server preloads the same candidate from the HTML (<link rel="preload" imagesizes>),
// so the picture starts downloading before the app's script has run.

/** The lead top story's photo: the side column on wide screens, the full width on phones. */
export const TOP_STORY_IMAGE_SIZES = '(min-width: 64rem) 22rem, calc(100vw - 2rem)';

/** An article's main photo: the text column (42rem) on wide screens, the full width on phones. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 45rem) 42rem, calc(100vw - 2rem)';
