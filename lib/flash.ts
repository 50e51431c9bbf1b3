// The name of the short-lived cookie that carries an action's result across its redirect.
export const FLASH_COOKIE = "melding";
