// Validates an OpenAPI document (3.0 or 3.1) against the specification: schema and $ref resolution.
// Usage: node validate.mjs <openapi.json>. Exit code 0 when valid.
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs <openapi.json>");
  process.exit(2);
}

try {
  const api = await SwaggerParser.validate(file);
  console.log(`OpenAPI ${api.openapi} valid: ${Object.keys(api.paths ?? {}).length} paths in ${file}`);
} catch (error) {
  console.error(`OpenAPI document invalid: ${error.message}`);
  process.exit(1);
}
