package io.github.slaframework.json.internal.spec;

import static io.github.slaframework.json.internal.spec.Codecs.AREA_CODE;
import static io.github.slaframework.json.internal.spec.Codecs.DATE;
import static io.github.slaframework.json.internal.spec.Codecs.INTEGER;
import static io.github.slaframework.json.internal.spec.Codecs.NUMBER;
import static io.github.slaframework.json.internal.spec.Codecs.PERIOD;
import static io.github.slaframework.json.internal.spec.Codecs.STRING;
import static io.github.slaframework.json.internal.spec.Codecs.enumOf;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.ImmutableAgreement;
import io.github.slaframework.core.ImmutableAppliesTo;
import io.github.slaframework.core.ImmutableApproval;
import io.github.slaframework.core.ImmutableContact;
import io.github.slaframework.core.ImmutableFrameworkRef;
import io.github.slaframework.core.ImmutableMeasurementWindow;
import io.github.slaframework.core.ImmutableObjective;
import io.github.slaframework.core.ImmutableParty;
import io.github.slaframework.core.ImmutableServiceLevel;
import io.github.slaframework.core.ImmutableTerm;
import io.github.slaframework.core.ImmutableWaiver;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Waiver;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.ImmutableAreaDefinition;
import io.github.slaframework.core.framework.ImmutableFramework;
import io.github.slaframework.core.framework.ImmutableProfile;
import io.github.slaframework.core.framework.ImmutableRule;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;

/**
 * The format table of agreement format 1.0 and the framework format: every object type, its fields
 * in canonical order, required or not, and their codecs. The one source of truth for writing,
 * reading and the JSON Schema.
 */
public final class Specs {

  private Specs() {}

  /** A reference to a framework, {@code { "id", "version", "profile"? }}. */
  public static final ObjectSpec<FrameworkRef, ImmutableFrameworkRef.Builder> FRAMEWORK_REF =
      ObjectSpec.of("FrameworkRef", FrameworkRef.class, FrameworkRef::builder, ImmutableFrameworkRef.Builder::build)
          .required("id", STRING, FrameworkRef::id, ImmutableFrameworkRef.Builder::id)
          .required("version", STRING, FrameworkRef::version,
              ImmutableFrameworkRef.Builder::version)
          .optional("profile", STRING, FrameworkRef::profile,
              ImmutableFrameworkRef.Builder::profile)
          .extensions(FrameworkRef::extensions, ImmutableFrameworkRef.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Contact, ImmutableContact.Builder> CONTACT =
      ObjectSpec.of("Contact", Contact.class, Contact::builder, ImmutableContact.Builder::build)
          .required("name", STRING, Contact::name, ImmutableContact.Builder::name)
          .optional("role", STRING, Contact::role, ImmutableContact.Builder::role)
          .optional("email", STRING, Contact::email, ImmutableContact.Builder::email)
          .optional("phone", STRING, Contact::phone, ImmutableContact.Builder::phone)
          .extensions(Contact::extensions, ImmutableContact.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Party, ImmutableParty.Builder> PARTY =
      ObjectSpec.of("Party", Party.class, Party::builder, ImmutableParty.Builder::build)
          .required("id", STRING, Party::id, ImmutableParty.Builder::id)
          .required("name", STRING, Party::name, ImmutableParty.Builder::name)
          .required("type", enumOf(PartyType.class), Party::type, ImmutableParty.Builder::type)
          .list("roles", false, enumOf(PartyRole.class), Party::roles,
              ImmutableParty.Builder::addRoles)
          .map("identifiers", k -> k, k -> k, STRING, Party::identifiers,
              ImmutableParty.Builder::putAllIdentifiers)
          .list("contacts", false, CONTACT, Party::contacts, ImmutableParty.Builder::addContacts)
          .extensions(Party::extensions, ImmutableParty.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Term, ImmutableTerm.Builder> TERM =
      ObjectSpec.of("Term", Term.class, Term::builder, ImmutableTerm.Builder::build)
          .required("effectiveFrom", DATE, Term::effectiveFrom,
              ImmutableTerm.Builder::effectiveFrom)
          .optional("expiresOn", DATE, Term::expiresOn, ImmutableTerm.Builder::expiresOn)
          .optional("reviewEvery", PERIOD, Term::reviewEvery, ImmutableTerm.Builder::reviewEvery)
          .optional("noticePeriod", PERIOD, Term::noticePeriod,
              ImmutableTerm.Builder::noticePeriod)
          .extensions(Term::extensions, ImmutableTerm.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Objective, ImmutableObjective.Builder> OBJECTIVE =
      ObjectSpec.of("Objective", Objective.class, ImmutableObjective::builder, ImmutableObjective.Builder::build)
          .required("operator", enumOf(ObjectiveOperator.class), Objective::operator,
              ImmutableObjective.Builder::operator)
          .required("threshold", Codecs.THRESHOLD, Objective::threshold,
              ImmutableObjective.Builder::threshold)
          .extensions(Objective::extensions, ImmutableObjective.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<MeasurementWindow, ImmutableMeasurementWindow.Builder> WINDOW =
      ObjectSpec.of("MeasurementWindow", MeasurementWindow.class, MeasurementWindow::builder,
              ImmutableMeasurementWindow.Builder::build)
          .required("type", enumOf(WindowType.class), MeasurementWindow::type,
              ImmutableMeasurementWindow.Builder::type)
          .optional("length", PERIOD, MeasurementWindow::length,
              ImmutableMeasurementWindow.Builder::length)
          .optional("timeZone", STRING, MeasurementWindow::timeZone,
              ImmutableMeasurementWindow.Builder::timeZone)
          .extensions(MeasurementWindow::extensions,
              ImmutableMeasurementWindow.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<AppliesTo, ImmutableAppliesTo.Builder> APPLIES_TO =
      ObjectSpec.of("AppliesTo", AppliesTo.class, ImmutableAppliesTo::builder, ImmutableAppliesTo.Builder::build)
          .optional("priority", enumOf(Priority.class), AppliesTo::priority,
              ImmutableAppliesTo.Builder::priority)
          .extensions(AppliesTo::extensions, ImmutableAppliesTo.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<ServiceLevel, ImmutableServiceLevel.Builder> SERVICE_LEVEL =
      ObjectSpec.of("ServiceLevel", ServiceLevel.class, ServiceLevel::builder, ImmutableServiceLevel.Builder::build)
          .required("id", STRING, ServiceLevel::id, ImmutableServiceLevel.Builder::id)
          .required("metric", enumOf(ServiceMetric.class), ServiceLevel::metric,
              ImmutableServiceLevel.Builder::metric)
          .required("obligatedParty", STRING, ServiceLevel::obligatedParty,
              ImmutableServiceLevel.Builder::obligatedParty)
          .optional("description", STRING, ServiceLevel::description,
              ImmutableServiceLevel.Builder::description)
          .optional("objective", OBJECTIVE, ServiceLevel::objective,
              ImmutableServiceLevel.Builder::objective)
          .optional("attainment", NUMBER, ServiceLevel::attainment,
              ImmutableServiceLevel.Builder::attainment)
          .optional("window", WINDOW, ServiceLevel::window, ImmutableServiceLevel.Builder::window)
          .optional("appliesTo", APPLIES_TO, ServiceLevel::appliesTo,
              ImmutableServiceLevel.Builder::appliesTo)
          .optional("cameraCount", INTEGER, ServiceLevel::cameraCount,
              ImmutableServiceLevel.Builder::cameraCount)
          .extensions(ServiceLevel::extensions, ImmutableServiceLevel.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Approval, ImmutableApproval.Builder> APPROVAL =
      ObjectSpec.of("Approval", Approval.class, Approval::builder, ImmutableApproval.Builder::build)
          .required("party", STRING, Approval::party, ImmutableApproval.Builder::party)
          .required("name", STRING, Approval::name, ImmutableApproval.Builder::name)
          .required("position", STRING, Approval::position, ImmutableApproval.Builder::position)
          .required("date", DATE, Approval::date, ImmutableApproval.Builder::date)
          .extensions(Approval::extensions, ImmutableApproval.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Waiver, ImmutableWaiver.Builder> WAIVER =
      ObjectSpec.of("Waiver", Waiver.class, Waiver::builder, ImmutableWaiver.Builder::build)
          .required("code", STRING, Waiver::code, ImmutableWaiver.Builder::code)
          .optional("path", Codecs.POINTER, Waiver::path, ImmutableWaiver.Builder::path)
          .optional("area", STRING, Waiver::area, ImmutableWaiver.Builder::area)
          .required("reason", STRING, Waiver::reason, ImmutableWaiver.Builder::reason)
          .extensions(Waiver::extensions, ImmutableWaiver.Builder::putAllExtensions)
          .build();

  /** An agreement document. */
  public static final ObjectSpec<Agreement, ImmutableAgreement.Builder> AGREEMENT =
      ObjectSpec.of("Agreement", Agreement.class, Agreement::builder, ImmutableAgreement.Builder::build)
          .formatVersion(Agreement::formatVersion, ImmutableAgreement.Builder::formatVersion)
          .required("id", Codecs.AGREEMENT_ID, Agreement::id, ImmutableAgreement.Builder::id)
          .required("title", STRING, Agreement::title, ImmutableAgreement.Builder::title)
          .required("framework", FRAMEWORK_REF, Agreement::framework,
              ImmutableAgreement.Builder::framework)
          .optional("status", enumOf(AgreementStatus.class), Agreement::status,
              ImmutableAgreement.Builder::status)
          .list("parties", true, PARTY, Agreement::parties, ImmutableAgreement.Builder::addParties)
          .required("term", TERM, Agreement::term, ImmutableAgreement.Builder::term)
          .list("sections", true, SectionSpecs.SECTION, Agreement::sections,
              ImmutableAgreement.Builder::addSections)
          .list("serviceLevels", false, SERVICE_LEVEL, Agreement::serviceLevels,
              ImmutableAgreement.Builder::addServiceLevels)
          .list("approvals", false, APPROVAL, Agreement::approvals,
              ImmutableAgreement.Builder::addApprovals)
          .list("waivers", false, WAIVER, Agreement::waivers,
              ImmutableAgreement.Builder::addWaivers)
          .extensions(Agreement::extensions, ImmutableAgreement.Builder::putAllExtensions)
          .description("A service level agreement, format 1.x.")
          .build();

  // ----- frameworks ----------------------------------------------------------------------------

  static final ConditionCodec CONDITION = new ConditionCodec();

  static final ObjectSpec<AreaDefinition, ImmutableAreaDefinition.Builder> AREA_DEFINITION =
      ObjectSpec.of("AreaDefinition", AreaDefinition.class, AreaDefinition::builder,
              ImmutableAreaDefinition.Builder::build)
          .required("code", AREA_CODE, AreaDefinition::code, ImmutableAreaDefinition.Builder::code)
          .required("title", STRING, AreaDefinition::title, ImmutableAreaDefinition.Builder::title)
          .required("level", enumOf(AreaLevel.class), AreaDefinition::level,
              ImmutableAreaDefinition.Builder::level)
          .optional("guidance", STRING, AreaDefinition::guidance,
              ImmutableAreaDefinition.Builder::guidance)
          .extensions(AreaDefinition::extensions, ImmutableAreaDefinition.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Rule, ImmutableRule.Builder> RULE =
      ObjectSpec.of("Rule", Rule.class, Rule::builder, ImmutableRule.Builder::build)
          .required("code", STRING, Rule::code, ImmutableRule.Builder::code)
          .required("severity", enumOf(Severity.class), Rule::severity,
              ImmutableRule.Builder::severity)
          .required("message", STRING, Rule::message, ImmutableRule.Builder::message)
          .optional("description", STRING, Rule::description, ImmutableRule.Builder::description)
          .optional("when", CONDITION, Rule::when, ImmutableRule.Builder::when)
          .optional("require", CONDITION, Rule::require, ImmutableRule.Builder::require)
          .optional("check", STRING, Rule::check, ImmutableRule.Builder::check)
          .optional("at", ConditionCodec.TARGET, Rule::at, ImmutableRule.Builder::at)
          .extensions(Rule::extensions, ImmutableRule.Builder::putAllExtensions)
          .invalid("a rule has exactly one of \"require\" and \"check\"")
          .build();

  /** A profile, inside a framework or a document of its own. */
  public static final ObjectSpec<Profile, ImmutableProfile.Builder> PROFILE =
      ObjectSpec.of("Profile", Profile.class, Profile::builder, ImmutableProfile.Builder::build)
          .required("id", STRING, Profile::id, ImmutableProfile.Builder::id)
          .optional("title", STRING, Profile::title, ImmutableProfile.Builder::title)
          .optional("description", STRING, Profile::description,
              ImmutableProfile.Builder::description)
          .required("framework", FRAMEWORK_REF, Profile::framework,
              ImmutableProfile.Builder::framework)
          .map("levels", AreaCode::of, AreaCode::code, enumOf(AreaLevel.class), Profile::levels,
              ImmutableProfile.Builder::putAllLevels)
          .list("areas", false, AREA_DEFINITION, Profile::areas,
              ImmutableProfile.Builder::addAreas)
          .list("rules", false, RULE, Profile::rules, ImmutableProfile.Builder::addRules)
          .extensions(Profile::extensions, ImmutableProfile.Builder::putAllExtensions)
          .description("A profile: tailors a framework to a kind of operator.")
          .build();

  /** A framework document. */
  public static final ObjectSpec<Framework, ImmutableFramework.Builder> FRAMEWORK =
      ObjectSpec.of("Framework", Framework.class, Framework::builder, ImmutableFramework.Builder::build)
          .formatVersion(Framework::formatVersion, ImmutableFramework.Builder::formatVersion)
          .required("id", STRING, Framework::id, ImmutableFramework.Builder::id)
          .required("version", STRING, Framework::version, ImmutableFramework.Builder::version)
          .required("title", STRING, Framework::title, ImmutableFramework.Builder::title)
          .optional("publisher", STRING, Framework::publisher,
              ImmutableFramework.Builder::publisher)
          .optional("description", STRING, Framework::description,
              ImmutableFramework.Builder::description)
          .list("areas", true, AREA_DEFINITION, Framework::areas,
              ImmutableFramework.Builder::addAreas)
          .list("rules", false, RULE, Framework::rules, ImmutableFramework.Builder::addRules)
          .list("profiles", false, PROFILE, Framework::profiles,
              ImmutableFramework.Builder::addProfiles)
          .extensions(Framework::extensions, ImmutableFramework.Builder::putAllExtensions)
          .description("A framework: the areas agreements cover and the rules they meet.")
          .build();
}
