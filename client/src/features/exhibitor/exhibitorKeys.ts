/** The exhibitor console's reads in the query cache (the analytics section keeps its own keys beside its API). */
export const exhibitorKeys = {
  boothVisitors: (boothId: string) => ['exhibitor', 'booth-visitors', boothId] as const,
};
