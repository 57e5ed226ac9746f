/**
 * Admin routes for API keys and budgets (docs/operations.md). A key's secret
 * is in the answer that creates it and nowhere else: the server keeps an
 * scrypt hash. A project-scoped admin sees and manages its project's keys and
 * budgets only.
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Principal } from "@ratchet/schema"
import { Schema } from "effect"
import { AccessNotFoundError, ConflictError, InvalidRequestError } from "./HttpErrors.js"

/** A project name: letters, digits, `.`, `_`, `-` (it appears in URLs, logs and metrics labels). */
export const ProjectName = Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/), Schema.brand("ProjectName")).annotations({
  identifier: "ProjectName",
  description: "1–64 of A–Z a–z 0–9 . _ - (first a letter or digit)"
})

export const ApiKeyInfo = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  role: Principal.Role,
  /** The one project it may see; absent: every project. */
  project: Schema.optional(Schema.String),
  createdBy: Schema.optional(Schema.String),
  time: Schema.Struct({ created: Schema.Number, revoked: Schema.optional(Schema.Number) })
}).annotations({ identifier: "ApiKeyInfo" })
export type ApiKeyInfo = typeof ApiKeyInfo.Type

const strictBody = { onExcessProperty: "error" } as const

export const CreateKeyPayload = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128)),
  role: Principal.Role,
  project: Schema.optional(ProjectName)
}).annotations({ identifier: "CreateKeyBody", parseOptions: strictBody })

export const CreatedKey = Schema.Struct({
  data: ApiKeyInfo,
  /** The key itself: send it as `Authorization: Bearer <key>`. Shown once; it cannot be read again. */
  key: Schema.String
}).annotations({ identifier: "CreatedKey" })

export const BudgetPeriod = Schema.Literal("day", "month")
export const BudgetInfo = Schema.Struct({
  id: Schema.String,
  scope: Schema.Literal("project", "key"),
  /** The project's name or the key's id. */
  subject: Schema.String,
  /** UTC calendar day or month. */
  period: BudgetPeriod,
  /** Dollars. */
  limit: Schema.Number,
  /** Dollars spent in the current period. */
  spent: Schema.Number,
  /** `config`: from the config file (change it there); `api`: set through this API. */
  source: Schema.Literal("config", "api")
}).annotations({ identifier: "BudgetInfo" })

export const PutBudgetPayload = Schema.Struct({
  scope: Schema.Literal("project", "key"),
  subject: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128)),
  period: BudgetPeriod,
  limit: Schema.Number.pipe(Schema.finite(), Schema.nonNegative(), Schema.lessThanOrEqualTo(1e9))
}).annotations({ identifier: "PutBudgetBody", parseOptions: strictBody })

export class AccessGroup extends HttpApiGroup.make("access")
  .add(
    HttpApiEndpoint.get("keys", "/api/key")
      .addSuccess(Schema.Struct({ data: Schema.Array(ApiKeyInfo) }))
      .annotate(OpenApi.Summary, "List API keys (admin)")
  )
  .add(
    HttpApiEndpoint.post("createKey", "/api/key")
      .setPayload(CreateKeyPayload)
      .addSuccess(CreatedKey, { status: 201 })
      .addError(InvalidRequestError)
      .annotate(OpenApi.Summary, "Create an API key (admin)")
      .annotate(OpenApi.Description, "The answer holds the key once; the server keeps only its scrypt hash. A project-scoped admin creates keys of its own project only.")
  )
  .add(
    HttpApiEndpoint.del("revokeKey", "/api/key/:keyID")
      .setPath(Schema.Struct({ keyID: Schema.String.pipe(Schema.maxLength(128)) }))
      .addSuccess(Schema.Struct({ data: ApiKeyInfo }))
      .addError(AccessNotFoundError)
      .annotate(OpenApi.Summary, "Revoke an API key (admin)")
  )
  .add(
    HttpApiEndpoint.get("budgets", "/api/budget")
      .addSuccess(Schema.Struct({ data: Schema.Array(BudgetInfo) }))
      .annotate(OpenApi.Summary, "List budgets with what was spent (admin)")
  )
  .add(
    HttpApiEndpoint.put("putBudget", "/api/budget")
      .setPayload(PutBudgetPayload)
      .addSuccess(Schema.Struct({ data: BudgetInfo }))
      .addError(InvalidRequestError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Set a budget (admin)")
      .annotate(OpenApi.Description, "One limit per scope, subject and period; setting it again replaces it. A budget from the config file cannot be changed here.")
  )
  .add(
    HttpApiEndpoint.del("removeBudget", "/api/budget/:budgetID")
      .setPath(Schema.Struct({ budgetID: Schema.String.pipe(Schema.maxLength(128)) }))
      .addSuccess(Schema.Struct({ data: BudgetInfo }))
      .addError(AccessNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Remove a budget set through the API (admin)")
  )
{}
