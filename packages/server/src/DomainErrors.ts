/** Core's domain errors as the HTTP API's error responses. */
import {
  ConflictError,
  InputNotFoundError,
  InvalidRequestError,
  SessionNotFoundError
} from "@ratchet/api"
import type {
  InputNotFound,
  InputNotPending,
  InvalidInput,
  PromptConflict,
  SequenceConflict,
  SessionNotFound
} from "@ratchet/schema"

type Domain = SessionNotFound | PromptConflict | InvalidInput | SequenceConflict | InputNotFound | InputNotPending

type HttpOf<E> = E extends SessionNotFound ? SessionNotFoundError
  : E extends InputNotFound ? InputNotFoundError
  : E extends InvalidInput ? InvalidRequestError
  : ConflictError

export const toHttp = <E extends Domain>(error: E): HttpOf<E> => {
  const e = error as Domain
  switch (e._tag) {
    case "SessionNotFound":
      return new SessionNotFoundError({ sessionID: e.sessionID, message: e.message }) as HttpOf<E>
    case "InputNotFound":
      return new InputNotFoundError({ sessionID: e.sessionID, inputID: e.messageID, message: e.message }) as HttpOf<E>
    case "InvalidInput":
      return new InvalidRequestError({
        message: e.message,
        kind: "invalid",
        ...(e.field === undefined ? {} : { field: e.field })
      }) as HttpOf<E>
    case "PromptConflict":
      return new ConflictError({ message: e.message, resource: "message" }) as HttpOf<E>
    case "InputNotPending":
      return new ConflictError({ message: e.message, resource: "input" }) as HttpOf<E>
    case "SequenceConflict":
      return new ConflictError({ message: e.message, resource: "session" }) as HttpOf<E>
  }
}
