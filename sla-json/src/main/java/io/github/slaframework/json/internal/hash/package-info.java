/**
 * The document hash of format 1.1 section 6: the RFC 8785 (JSON Canonicalization Scheme) form of
 * a document's JSON value, with the members the hash leaves out removed, and its SHA-256. Written
 * once here and used by every caller through {@link io.github.slaframework.json.AgreementHash}.
 */
package io.github.slaframework.json.internal.hash;
