/**
 * What a model is told about a tool: its name, description and the JSON
 * Schema of its input. Shared by the tool registry (which materialises it
 * from each tool's Effect Schema) and the provider adapters (which put it on
 * the wire), so neither package has to import the other.
 */
export type JsonSchema = { readonly [key: string]: unknown }

export interface ToolDefinition {
  readonly name: string
  readonly description: string
  /** JSON Schema of the tool's input object. */
  readonly parameters: JsonSchema
}
