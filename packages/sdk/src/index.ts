export * as EffectClient from "./effect.js"
export * from "./fetch.js"
