import { z } from "zod";

/** `POST /api/v1/echo`: any JSON object, sent back as it came. */
export const echoSchema = z.looseObject({});
