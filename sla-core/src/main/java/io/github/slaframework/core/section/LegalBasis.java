package io.github.slaframework.core.section;

/**
 * A statute or regime an agreement relies on.
 *
 * @since 0.1.0
 */
public enum LegalBasis {
  /** Data Protection Act 2018 Part 3: processing for law-enforcement purposes. */
  DPA_2018_PART_3,
  /** UK GDPR. */
  UK_GDPR,
  /** Data Protection Act 2018 Schedule 2 exemptions (disclosure for crime and legal proceedings). */
  DPA_2018_SCHEDULE_2,
  /** Protection of Freedoms Act 2012 and the Surveillance Camera Code. */
  POFA_2012,
  /** Regulation of Investigatory Powers Act 2000 Part II: directed surveillance (England, Wales, Northern Ireland). */
  RIPA_2000_PART_2,
  /** Regulation of Investigatory Powers (Scotland) Act 2000. */
  RIPSA_2000,
  /** Criminal Procedure and Investigations Act 1996. */
  CPIA_1996,
  /** Human Rights Act 1998 (Article 8). */
  HRA_1998,
  /** Freedom of Information Act 2000. */
  FOIA_2000
}
