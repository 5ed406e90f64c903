package io.github.slaframework.json.internal.spec;

import static io.github.slaframework.json.internal.spec.Codecs.AREA_CODE;
import static io.github.slaframework.json.internal.spec.Codecs.DATE;
import static io.github.slaframework.json.internal.spec.Codecs.PERIOD;
import static io.github.slaframework.json.internal.spec.Codecs.STRING;
import static io.github.slaframework.json.internal.spec.Codecs.enumOf;
import static io.github.slaframework.json.internal.spec.Codecs.openCode;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.LawfulBasis;
import io.github.slaframework.core.ObjectiveCalendar;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Waiver;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.read.Text;
import java.util.function.Function;

/**
 * The format table of agreement format 1.1 (with what format 1.0 lacked marked, so that a 1.0
 * document is read by 1.0's rules) and the framework format: every object type, its fields
 * in canonical order, required or not, and their codecs. The one source of truth for writing,
 * reading and the JSON Schema.
 */
public final class Specs {

  private Specs() {}

  /** A reference to a framework, {@code { "id", "version", "profile"? }}. */
  public static final ObjectSpec<FrameworkRef, FrameworkRef.Builder> FRAMEWORK_REF =
      ObjectSpec.of("FrameworkRef", FrameworkRef.class, FrameworkRef.Builder.class)
          .required("id", STRING)
          .required("version", STRING)
          .optional("profile", STRING)
          .extensions()
          .build();

  static final ObjectSpec<Contact, Contact.Builder> CONTACT =
      ObjectSpec.of("Contact", Contact.class, Contact.Builder.class)
          .required("name", STRING)
          .optional("role", STRING)
          .optional("email", STRING)
          .optional("phone", STRING)
          .extensions()
          .build();

  static final ObjectSpec<Party, Party.Builder> PARTY =
      ObjectSpec.of("Party", Party.class, Party.Builder.class)
          .required("id", STRING)
          .required("name", STRING)
          .required("type", openCode(PartyType.class, "POLICE_AND_CRIME_COMMISSIONER",
              "BUSINESS_IMPROVEMENT_DISTRICT", "PARISH_OR_TOWN_COUNCIL"))
          .list("roles", false, openCode(PartyRole.class, "PROCESSOR", "JOINT_CONTROLLER"))
          .list("lawfulBases", false, openCode(LawfulBasis.class))
          .addedIn11()
          .map("identifiers", Function.identity(), Function.identity(), STRING)
          .list("contacts", false, CONTACT)
          .extensions()
          .build();

  static final ObjectSpec<Term, Term.Builder> TERM =
      ObjectSpec.of("Term", Term.class, Term.Builder.class)
          .required("effectiveFrom", DATE)
          .optional("expiresOn", DATE)
          .optional("reviewEvery", PERIOD)
          .optional("noticePeriod", PERIOD)
          .extensions()
          .build();

  static final ObjectSpec<Objective, Objective.Builder> OBJECTIVE =
      ObjectSpec.of("Objective", Objective.class, Objective.Builder.class)
          .required("operator", enumOf(ObjectiveOperator.class))
          .required("threshold", Codecs.THRESHOLD)
          .optional("calendar", enumOf(ObjectiveCalendar.class))
          .addedIn11()
          .check(Specs::checkCalendar)
          .extensions()
          .build();

  static final ObjectSpec<MeasurementWindow, MeasurementWindow.Builder> WINDOW =
      ObjectSpec.of("MeasurementWindow", MeasurementWindow.class,
              MeasurementWindow.Builder.class)
          .required("type", enumOf(WindowType.class))
          .optional("length", PERIOD)
          .optional("timeZone", STRING)
          .extensions()
          .build();

  static final ObjectSpec<AppliesTo, AppliesTo.Builder> APPLIES_TO =
      ObjectSpec.of("AppliesTo", AppliesTo.class, AppliesTo.Builder.class)
          .optional("priority", enumOf(Priority.class, "THREAT_TO_LIFE"))
          .extensions()
          .build();

  static final ObjectSpec<ServiceLevel, ServiceLevel.Builder> SERVICE_LEVEL =
      ObjectSpec.of("ServiceLevel", ServiceLevel.class, ServiceLevel.Builder.class)
          .required("id", STRING)
          .required("metric", openCode(ServiceMetric.class))
          .required("obligatedParty", STRING)
          .optional("description", STRING)
          .optional("objective", OBJECTIVE)
          .optional("attainment", Codecs.PERCENT)
          .optional("window", WINDOW)
          .optional("appliesTo", APPLIES_TO)
          .optional("cameraCount", Codecs.COUNT)
          .extensions()
          .build();

  static final ObjectSpec<Approval, Approval.Builder> APPROVAL =
      ObjectSpec.of("Approval", Approval.class, Approval.Builder.class)
          .required("party", STRING)
          .required("name", STRING)
          .required("position", STRING)
          .required("date", DATE)
          .optional("documentHash", Codecs.DOCUMENT_HASH)
          .addedIn11()
          .extensions()
          .build();

  static final ObjectSpec<Waiver, Waiver.Builder> WAIVER =
      ObjectSpec.of("Waiver", Waiver.class, Waiver.Builder.class)
          .required("code", STRING)
          .optional("path", Codecs.POINTER)
          .optional("area", STRING)
          .required("reason", STRING)
          .optional("approvedBy", STRING)
          .addedIn11()
          .optional("approvedOn", DATE)
          .addedIn11()
          .optional("expiresOn", DATE)
          .addedIn11()
          .extensions()
          .build();

  /** An agreement document. */
  public static final ObjectSpec<Agreement, Agreement.Builder> AGREEMENT =
      ObjectSpec.of("Agreement", Agreement.class, Agreement.Builder.class)
          .formatVersion(Codecs.AGREEMENT_FORMAT_VERSION)
          .required("id", Codecs.AGREEMENT_ID)
          .required("title", STRING)
          .required("framework", FRAMEWORK_REF)
          .optional("status", enumOf(AgreementStatus.class))
          .list("languages", false, Codecs.LANGUAGE_TAG)
          .addedIn11()
          .list("parties", true, PARTY)
          .required("term", TERM)
          .list("sections", true, SectionSpecs.SECTION)
          .list("serviceLevels", false, SERVICE_LEVEL)
          .list("approvals", false, APPROVAL)
          .list("waivers", false, WAIVER)
          .extensions()
          .description("A service level agreement, format 1.x.")
          .build();

  /** {@code PnD} with n at least 1, as written: what a {@code WORKING_DAYS} threshold needs. */
  private static final java.util.regex.Pattern WHOLE_DAYS =
      java.util.regex.Pattern.compile("^P0*[1-9][0-9]*D$");

  /**
   * Format 1.1 section 2: a {@code WORKING_DAYS} objective needs a threshold written {@code PnD}
   * with n at least 1; any other ({@code PT36H}, {@code P1W}, {@code P1M}, a number) is {@code
   * INVALID_VALUE} at {@code calendar}. Checked on the text, as the model holds {@code P1W} as
   * {@code P7D}. The objective is kept, so measurement can report it as not measurable.
   */
  private static void checkCalendar(
      Objective objective, Node node, Problems problems, Pointer at) {
    if (objective.effectiveCalendar() != ObjectiveCalendar.WORKING_DAYS) {
      return;
    }
    Node threshold = node.member("threshold");
    if (threshold != null && threshold.type() == Node.STRING
        && WHOLE_DAYS.matcher(threshold.text()).matches()) {
      return;
    }
    problems.error(FindingCodes.INVALID_VALUE, at.push("calendar"), node.member("calendar"),
        "a WORKING_DAYS objective needs a threshold of whole days written PnD with n of at least"
            + " 1, such as P5D; found " + (threshold == null ? "none"
            : threshold.type() == Node.STRING ? Text.quote(threshold.text())
            : threshold.describe()));
    at.pop();
  }

  // ----- frameworks ----------------------------------------------------------------------------

  static final ConditionCodec CONDITION = new ConditionCodec();

  static final ObjectSpec<AreaDefinition, AreaDefinition.Builder> AREA_DEFINITION =
      ObjectSpec.of("AreaDefinition", AreaDefinition.class, AreaDefinition.Builder.class)
          .required("code", AREA_CODE)
          .required("title", STRING)
          .required("level", enumOf(AreaLevel.class))
          .optional("guidance", STRING)
          .extensions()
          .build();

  static final ObjectSpec<Rule, Rule.Builder> RULE =
      ObjectSpec.of("Rule", Rule.class, Rule.Builder.class)
          .required("code", STRING)
          .required("severity", enumOf(Severity.class))
          .required("message", STRING)
          .optional("description", STRING)
          .optional("when", CONDITION)
          .optional("require", CONDITION)
          .optional("check", STRING)
          .optional("at", ConditionCodec.TARGET)
          .extensions()
          .invalid("a rule has exactly one of \"require\" and \"check\"")
          .build();

  /** A profile, inside a framework or a document of its own. */
  public static final ObjectSpec<Profile, Profile.Builder> PROFILE =
      ObjectSpec.of("Profile", Profile.class, Profile.Builder.class)
          .required("id", STRING)
          .optional("title", STRING)
          .optional("description", STRING)
          .required("framework", FRAMEWORK_REF)
          .map("levels", AreaCode::of, AreaCode::code, enumOf(AreaLevel.class))
          .list("areas", false, AREA_DEFINITION)
          .list("rules", false, RULE)
          .extensions()
          .description("A profile: tailors a framework to a kind of operator.")
          .build();

  /** A framework document. */
  public static final ObjectSpec<Framework, Framework.Builder> FRAMEWORK =
      ObjectSpec.of("Framework", Framework.class, Framework.Builder.class)
          .formatVersion()
          .required("id", STRING)
          .required("version", STRING)
          .required("title", STRING)
          .optional("publisher", STRING)
          .optional("description", STRING)
          .list("areas", true, AREA_DEFINITION)
          .list("rules", false, RULE)
          .list("profiles", false, PROFILE)
          .extensions()
          .description("A framework: the areas agreements cover and the rules they meet.")
          .build();
}
