export * as Cursor from "./Cursor.js"
export * from "./Errors.js"
export * as EventDefinition from "./EventDefinition.js"
export * as Events from "./Events.js"
export type { EventOf, SessionEvent, SessionEventType } from "./Events.js"
export * as Ids from "./Ids.js"
export * as McpConfig from "./McpConfig.js"
export type {
  ActivityId,
  EventId,
  MessageId,
  PartId,
  PermissionId,
  QuestionId,
  SessionId
} from "./Ids.js"
export * from "./Json.js"
export * from "./Model.js"
export * from "./StoredEvent.js"
export * from "./ReadModel.js"
export type { JsonSchema, ToolDefinition } from "./ToolDefinition.js"
export * as Principal from "./Principal.js"
