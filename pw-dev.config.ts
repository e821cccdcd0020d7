import base from "./playwright.config";
export default { ...base, expect: { timeout: 90_000 }, timeout: 600_000 };
