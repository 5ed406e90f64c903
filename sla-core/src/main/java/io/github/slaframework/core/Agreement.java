package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Section;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A service level agreement written under a framework: between a council and its police force,
 * or a housing association, NHS body, university or shopping centre and one or more forces.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. Attribute names are the JSON
 * field names of agreement format 1.1: {@code formatVersion}, {@code id}, {@code title},
 * {@code framework}, {@code status}, {@code languages}, {@code parties}, {@code term}, {@code sections},
 * {@code serviceLevels}, {@code approvals}, {@code waivers}.
 *
 * <pre>{@code
 * Agreement agreement = Agreement.builder()
 *     .id("leeds-wyp-2026")
 *     .title("Public space CCTV: Leeds City Council and West Yorkshire Police")
 *     .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
 *     .addParties(council, force)
 *     .term(Term.builder().effectiveFrom(LocalDate.of(2026, 4, 1)).build())
 *     .addSections(informationSharing)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Agreement extends Extensible, WithAgreement {

  /** The format version this library writes. */
  String FORMAT_VERSION = "1.1";

  /** The pattern of an agreement id. */
  String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$";

  /**
   * The format version of the document.
   *
   * @return the version, {@value #FORMAT_VERSION} unless read otherwise
   */
  @Value.Default
  default String formatVersion() {
    return FORMAT_VERSION;
  }

  /**
   * The agreement id.
   *
   * @return the id, matching {@value #ID_PATTERN}
   */
  @NotBlank
  @Pattern(regexp = ID_PATTERN)
  String id();

  /**
   * The title.
   *
   * @return the title, never null
   */
  @NotBlank
  String title();

  /**
   * The framework the agreement conforms to.
   *
   * @return the reference, never null
   */
  @Valid
  FrameworkRef framework();

  /**
   * The status as written.
   *
   * @return the status, or empty (meaning {@link AgreementStatus#DRAFT})
   * @see #effectiveStatus()
   */
  Optional<AgreementStatus> status();

  /**
   * The status in effect: {@link #status()} or {@link AgreementStatus#DRAFT}.
   *
   * @return the status, never null
   */
  default AgreementStatus effectiveStatus() {
    return status().orElse(AgreementStatus.DRAFT);
  }

  /**
   * The languages the agreement is written in, as BCP 47 tags ({@code "en"}, {@code "cy"},
   * {@code "cy-GB"}) in the order written; empty when the document has none (format 1.1).
   *
   * @return the tags in order, never null
   * @see #effectiveLanguages()
   * @since 0.2.0
   */
  List<@Pattern(regexp = LanguageTags.PATTERN) String> languages();

  /**
   * The languages in effect: {@link #languages()}, or {@code ["en"]} when there are none.
   *
   * @return the tags in order, never empty
   * @since 0.2.0
   */
  default List<String> effectiveLanguages() {
    return languages().isEmpty() ? List.of(LanguageTags.ENGLISH) : languages();
  }

  /**
   * Whether the agreement is written in Welsh: a tag of {@link #effectiveLanguages()} whose
   * primary subtag is {@code cy} ({@link LanguageTags#isWelsh}).
   *
   * @return {@code true} when one of its languages is Welsh
   * @since 0.2.0
   */
  default boolean isWelsh() {
    for (String tag : languages()) {
      if (LanguageTags.isWelsh(tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties; at least two.
   *
   * @return the parties in order, never null
   */
  @Size(min = 2)
  List<@Valid Party> parties();

  /**
   * When the agreement is in force.
   *
   * @return the term, never null
   */
  @Valid
  Term term();

  /**
   * The sections, one per area.
   *
   * @return the sections in order, never null
   */
  List<@Valid Section> sections();

  /**
   * Measurable targets.
   *
   * @return the service levels in order, never null
   */
  List<@Valid ServiceLevel> serviceLevels();

  /**
   * Signatures.
   *
   * @return the approvals in order, never null
   */
  List<@Valid Approval> approvals();

  /**
   * Accepted departures from the framework.
   *
   * @return the waivers in order, never null
   */
  List<@Valid Waiver> waivers();

  /**
   * A party by id.
   *
   * @param id the party id
   * @return the first party with the id, or empty
   */
  default Optional<Party> party(String id) {
    return parties().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The first section of an area.
   *
   * @param area the area code
   * @return the section, or empty when the agreement has none
   */
  default Optional<Section> section(AreaCode area) {
    return sections().stream().filter(s -> s.area().equals(area)).findFirst();
  }

  /**
   * The first section of a type.
   *
   * @param <S> the section type
   * @param type the section type, such as {@code InformationSharingSection.class}
   * @return the section, or empty when the agreement has none
   */
  default <S extends Section> Optional<S> section(Class<S> type) {
    return sections().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /**
   * This agreement with a section in place of the section of the same area: the first section of
   * that area is replaced where it stands (so {@link #section(AreaCode)} then returns the new one
   * and the order of sections is kept); without a section of that area, the section is appended.
   *
   * @param section the new section, never null
   * @return a copy of this agreement with the section
   * @since 0.2.0
   */
  default Agreement withSection(Section section) {
    Objects.requireNonNull(section, "section");
    List<Section> sections = new ArrayList<>(sections());
    AreaCode area = section.area();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).area().equals(area)) {
        sections.set(i, section);
        return withSections(sections);
      }
    }
    sections.add(section);
    return withSections(sections);
  }

  /**
   * Starts an agreement.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Agreement with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Agreement copyOf(Agreement value) {
    return ImmutableAgreement.copyOf(value);
  }

  /**
   * Builds an {@link Agreement}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableAgreement.Builder {
    /** Starts an empty builder; {@link Agreement#builder()} does the same. */
    public Builder() {}
  }
}
