package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Contact;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.value.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A party implemented by hand in a class that is not public, not built by core's builders: the
 * constraint engine must find its accessors through the public interface. The copy methods every
 * model type has go through {@link Party#copyOf}, as a hand-written implementation's would.
 */
final class HandWrittenParty implements Party {

  private final Party from;
  private final String name;

  /** A party with the values of {@code from}, but the name {@code name}. */
  HandWrittenParty(Party from, String name) {
    this.from = from;
    this.name = name;
  }

  /** A party of an id, a name and a type, and nothing else. */
  HandWrittenParty(String id, String name, PartyType type) {
    this(Party.builder().id(id).name("unused").type(type).build(), name);
  }

  @Override
  public String id() {
    return from.id();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public PartyType type() {
    return from.type();
  }

  @Override
  public List<PartyRole> roles() {
    return from.roles();
  }

  @Override
  public List<io.github.slaframework.core.LawfulBasis> lawfulBases() {
    return from.lawfulBases();
  }

  @Override
  public Map<String, String> identifiers() {
    return from.identifiers();
  }

  @Override
  public List<Contact> contacts() {
    return from.contacts();
  }

  @Override
  public Map<String, JsonValue> extensions() {
    return from.extensions();
  }

  @Override
  public Party withExtensions(Map<String, ? extends JsonValue> entries) {
    return Party.copyOf(this).withExtensions(entries);
  }

  @Override
  public Party withId(String value) {
    return Party.copyOf(this).withId(value);
  }

  @Override
  public Party withName(String value) {
    return Party.copyOf(this).withName(value);
  }

  @Override
  public Party withType(PartyType value) {
    return Party.copyOf(this).withType(value);
  }

  @Override
  public Party withRoles(PartyRole... elements) {
    return Party.copyOf(this).withRoles(elements);
  }

  @Override
  public Party withRoles(Iterable<? extends PartyRole> elements) {
    return Party.copyOf(this).withRoles(elements);
  }

  @Override
  public Party withLawfulBases(io.github.slaframework.core.LawfulBasis... elements) {
    return Party.copyOf(this).withLawfulBases(elements);
  }

  @Override
  public Party withLawfulBases(
      Iterable<? extends io.github.slaframework.core.LawfulBasis> elements) {
    return Party.copyOf(this).withLawfulBases(elements);
  }

  @Override
  public Party withIdentifiers(Map<String, ? extends String> entries) {
    return Party.copyOf(this).withIdentifiers(entries);
  }

  @Override
  public Party withContacts(Contact... elements) {
    return Party.copyOf(this).withContacts(elements);
  }

  @Override
  public Party withContacts(Iterable<? extends Contact> elements) {
    return Party.copyOf(this).withContacts(elements);
  }
}
