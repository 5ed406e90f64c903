/** The building blocks of the generated JSON Schemas: definitions and small schema objects. */
package io.github.slaframework.json.internal.schema;
