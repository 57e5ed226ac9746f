import { Either } from "effect"

/** A call's input as the model wrote it; text that is not an object is sent as its only field. */
export const parseInput = (input: string): Record<string, unknown> => {
  const value = Either.try(() => JSON.parse(input) as unknown)
  if (Either.isLeft(value)) return { input }
  const v = value.right
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v as Record<string, unknown> : { input: v }
}
