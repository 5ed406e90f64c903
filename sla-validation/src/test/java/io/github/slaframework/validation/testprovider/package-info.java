/** A test-only framework provider, loaded through an isolated class loader. */
package io.github.slaframework.validation.testprovider;
