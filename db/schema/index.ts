export * from "./enums";
export * from "./organisation";
export * from "./users";
export * from "./lists";
export * from "./audit";
export * from "./approvals";
