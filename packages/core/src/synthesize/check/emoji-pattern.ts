/** Pictographic emoji (not digits, # or *, which are technically emoji too). Needs the `u` flag. */
export const emojiPattern = '\\p{Extended_Pictographic}';
