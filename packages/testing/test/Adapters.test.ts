import { Anthropic, Gemini, OpenAiCompatible, OpenAiResponses } from "@ratchet/llm"
import { adapterContract } from "../src/index.js"

adapterContract({
  wire: "openai",
  make: (baseURL) => OpenAiCompatible.make({ provider: "fake", baseURL }),
  replaysReasoning: false,
  streamsToolInput: true
})
adapterContract({
  wire: "anthropic",
  make: (baseURL) => Anthropic.make({ provider: "fake", baseURL }),
  replaysReasoning: true,
  streamsToolInput: true
})
adapterContract({
  wire: "responses",
  make: (baseURL) => OpenAiResponses.make({ provider: "fake", baseURL, settings: () => ({ reasoning: true }) }),
  replaysReasoning: true,
  streamsToolInput: true
})
adapterContract({
  wire: "gemini",
  make: (baseURL) => Gemini.make({ provider: "fake", baseURL }),
  replaysReasoning: true,
  streamsToolInput: false
})
