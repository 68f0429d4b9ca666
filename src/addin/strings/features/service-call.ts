/** English strings of one feature area; spread into ../en.ts. Keys are prefixed by the feature. */
export const serviceCallStrings = {
} as const;
