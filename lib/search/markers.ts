// Markers for the matched words in a search passage. They come from the private-use area, so a user's own text
// cannot contain them by accident, and the page turns them into <mark> elements (never into HTML from a string).
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";
