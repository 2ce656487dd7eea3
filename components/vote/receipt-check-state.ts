// What the receipt check form shows after an attempt (useActionState).
export interface ReceiptCheckState {
  values: { categoryId: string; receiptCode: string };
  attempt: number;
  found?: "counted" | "held" | "not_found";
  fieldErrors?: Partial<Record<"categoryId" | "receiptCode", string>>;
  message?: string;
}

export const INITIAL_RECEIPT_CHECK: ReceiptCheckState = { values: { categoryId: "", receiptCode: "" }, attempt: 0 };
