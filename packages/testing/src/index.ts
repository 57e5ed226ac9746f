export * as Databases from "./Databases.js"
export * from "./EventStoreContract.js"
export * as FakeProvider from "./FakeProvider.js"
export * as Fixtures from "./Fixtures.js"
