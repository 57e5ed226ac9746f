export * from "./LanguageModel.js"
export * as OpenAiCompatible from "./OpenAiCompatible.js"
