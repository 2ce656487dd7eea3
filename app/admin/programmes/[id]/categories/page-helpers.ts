import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Runs a domain read for a page: an unknown object answers 404; permission errors were handled by requireStaff. */
export async function readOr404<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function noticeParam(searchParams: SearchParams): Promise<string | undefined> {
  const value = (await searchParams).notice;
  return typeof value === "string" && /^[a-zA-Z_]{1,40}$/.test(value) ? value : undefined;
}
