// What the receipt check accepts, shared by the form and the server.
import { z } from "zod";
import { normaliseReceiptCode } from "@/lib/voting/tally/receipt-code";

export const ZCheckReceipt = z.object({
  categoryId: z.string().trim().min(1).max(64),
  receiptCode: z
    .string()
    .max(64)
    .refine((code) => normaliseReceiptCode(code) !== null),
});
export type TCheckReceipt = z.infer<typeof ZCheckReceipt>;
