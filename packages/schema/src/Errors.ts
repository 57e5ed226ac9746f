/** Domain errors: what a caller can get wrong or lose a race on. Each carries what it needs to explain itself. */
import { Schema } from "effect"

export class SessionNotFound extends Schema.TaggedError<SessionNotFound>()("SessionNotFound", {
  sessionID: Schema.String
}) {
  override get message() {
    return `session ${this.sessionID} not found`
  }
}

/** An append expected the stream to be at one sequence and it was at another: a lost race or a stale writer. */
export class SequenceConflict extends Schema.TaggedError<SequenceConflict>()("SequenceConflict", {
  sessionID: Schema.String,
  expected: Schema.Number,
  actual: Schema.Number
}) {
  override get message() {
    return `session ${this.sessionID}: expected sequence ${this.expected}, stream is at ${this.actual}`
  }
}

/** The session is running, and what was asked needs it idle (a fork, a revert). */
export class SessionBusy extends Schema.TaggedError<SessionBusy>()("SessionBusy", {
  sessionID: Schema.String,
  message: Schema.String
}) {}

/** The same client message id was admitted before with a different body. */
export class PromptConflict extends Schema.TaggedError<PromptConflict>()("PromptConflict", {
  sessionID: Schema.String,
  messageID: Schema.String
}) {
  override get message() {
    return `message ${this.messageID} was already admitted to session ${this.sessionID} with a different prompt`
  }
}

/** Input that fails its schema or a domain rule. `field` names where, when it is one field. */
export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  reason: Schema.String,
  field: Schema.optional(Schema.String)
}) {
  override get message() {
    return this.field === undefined ? this.reason : `${this.field}: ${this.reason}`
  }
}

export class InvalidCursor extends Schema.TaggedError<InvalidCursor>()("InvalidCursor", {
  cursor: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `invalid cursor ${JSON.stringify(this.cursor)}: ${this.reason}`
  }
}

export class InputNotFound extends Schema.TaggedError<InputNotFound>()("InputNotFound", {
  sessionID: Schema.String,
  messageID: Schema.String
}) {
  override get message() {
    return `input ${this.messageID} not found in session ${this.sessionID}`
  }
}

/** The input was already promoted into the transcript (or cancelled): it can no longer be changed. */
export class InputNotPending extends Schema.TaggedError<InputNotPending>()("InputNotPending", {
  messageID: Schema.String,
  state: Schema.Literal("promoted", "cancelled")
}) {
  override get message() {
    return `input ${this.messageID} is ${this.state}; only pending inputs can be changed`
  }
}

export class PermissionNotFound extends Schema.TaggedError<PermissionNotFound>()("PermissionNotFound", {
  requestID: Schema.String
}) {
  override get message() {
    return `permission request ${this.requestID} not found`
  }
}

export class QuestionNotFound extends Schema.TaggedError<QuestionNotFound>()("QuestionNotFound", {
  requestID: Schema.String
}) {
  override get message() {
    return `question request ${this.requestID} not found`
  }
}

/** A permission or question request that was already answered: replies are accepted once. */
export class RequestNotPending extends Schema.TaggedError<RequestNotPending>()("RequestNotPending", {
  requestID: Schema.String,
  state: Schema.String
}) {
  override get message() {
    return `request ${this.requestID} is ${this.state}; only a pending request takes a reply`
  }
}

/** A client-chosen request id already names another request. */
export class RequestConflict extends Schema.TaggedError<RequestConflict>()("RequestConflict", {
  requestID: Schema.String,
  sessionID: Schema.String
}) {
  override get message() {
    return `request ${this.requestID} already exists with another permission, resources or session (session ${this.sessionID} asked)`
  }
}
