import { z } from 'zod';

/** `stats:subscribe` */
export const StatsSubscribe = z.strictObject({});
