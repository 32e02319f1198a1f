package gov.approval.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.casework.entity.ApplicantKind;
import gov.approval.casework.entity.CaseAction;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.IdType;
import gov.approval.casework.entity.MaterialState;
import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.complaints.entity.ComplaintAction;
import gov.approval.complaints.entity.ComplaintStatus;
import gov.approval.complaints.entity.ComplaintSubject;
import gov.approval.complaints.entity.Rating;
import gov.approval.consultation.entity.QuestionStatus;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import gov.approval.evaluation.entity.TicketStatus;
import gov.approval.identity.entity.Position;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.portal.entity.LifeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese and English bundles must offer the same texts: a key missing in one language shows
 * the raw key to that user. The test compares the files, not a fixed key list, so it keeps working
 * as pages add keys.
 */
class MessageBundlesTest {

  private static final String I18N = "gov/approval/web/i18n/";
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final Locale ENGLISH = Locale.ENGLISH;

  /** Where the EJB module's Bean Validation texts live when it is not on the test classpath. */
  private static final Path EJB_RESOURCES =
      Path.of("..", "approval-ejb", "src", "main", "resources");

  // ---------------------------------------------------------------- same keys in both languages

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Messages", "FacesMessages"})
  void webBundlesHaveTheSameKeysInBothLanguages(String bundle) {
    Bundle chinese = Bundle.fromClasspath(I18N + bundle + "_zh_CN.properties");
    Bundle english = Bundle.fromClasspath(I18N + bundle + "_en.properties");

    assertSameKeys(chinese, english);
  }

  @Test
  void validationMessagesHaveTheSameKeysInBothLanguagesAndTheDefault() {
    Bundle chinese = Bundle.ofEjbModule("ValidationMessages_zh_CN.properties");
    Bundle english = Bundle.ofEjbModule("ValidationMessages_en.properties");
    Bundle fallback = Bundle.ofEjbModule("ValidationMessages.properties");

    assertSameKeys(chinese, english);
    assertSameKeys(chinese, fallback);
  }

  private static void assertSameKeys(Bundle first, Bundle second) {
    Map<String, SortedSet<String>> missing = new LinkedHashMap<>();
    missing.put("in " + second.name, missing(first, second));
    missing.put("in " + first.name, missing(second, first));
    missing.values().removeIf(Set::isEmpty);

    assertThat(missing).as("keys missing, by the file that lacks them").isEmpty();
  }

  private static SortedSet<String> missing(Bundle from, Bundle in) {
    SortedSet<String> keys = new TreeSet<>(from.texts.keySet());
    keys.removeAll(in.texts.keySet());
    return keys;
  }

  // ---------------------------------------------------------------- each file on its own

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        I18N + "Messages_zh_CN.properties",
        I18N + "Messages_en.properties",
        I18N + "FacesMessages_zh_CN.properties",
        I18N + "FacesMessages_en.properties"
      })
  void noKeyIsDefinedTwiceInAWebBundle(String path) {
    Bundle bundle = Bundle.fromClasspath(path);

    assertThat(bundle.duplicateKeys).as("keys defined twice in %s", bundle.name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ValidationMessages_zh_CN.properties",
        "ValidationMessages_en.properties",
        "ValidationMessages.properties"
      })
  void noKeyIsDefinedTwiceInAValidationBundle(String file) {
    Bundle bundle = Bundle.ofEjbModule(file);

    assertThat(bundle.duplicateKeys).as("keys defined twice in %s", bundle.name).isEmpty();
  }

  /** Messages holds the page texts: an empty one leaves a blank label or button on the page. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Messages_zh_CN.properties", "Messages_en.properties"})
  void everyPageTextHasAValue(String file) {
    Bundle bundle = Bundle.fromClasspath(I18N + file);

    assertThat(bundle.texts).as(bundle.name).isNotEmpty();
    assertThat(keysWhere(bundle, String::isBlank)).as("empty texts in %s", bundle.name).isEmpty();
  }

  @Test
  void everyValidationMessageHasAValue() {
    for (String file :
        List.of(
            "ValidationMessages_zh_CN.properties",
            "ValidationMessages_en.properties",
            "ValidationMessages.properties")) {
      Bundle bundle = Bundle.ofEjbModule(file);
      assertThat(keysWhere(bundle, String::isBlank)).as("empty texts in %s", bundle.name).isEmpty();
    }
  }

  private static SortedSet<String> keysWhere(Bundle bundle, Predicate<String> test) {
    SortedSet<String> keys = new TreeSet<>();
    bundle.texts.forEach(
        (key, value) -> {
          if (test.test(value)) {
            keys.add(key);
          }
        });
    return keys;
  }

  // ---------------------------------------------------------------- MessageFormat patterns

  /**
   * Texts with arguments go through {@link MessageFormat}: each must parse, and both languages must
   * use the same arguments, or a name or number silently disappears from one of them (a single
   * apostrophe in English quotes out the rest of the pattern, for example).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Messages", "FacesMessages"})
  void patternsParseAndUseTheSameArgumentsInBothLanguages(String bundle) {
    Bundle chinese = Bundle.fromClasspath(I18N + bundle + "_zh_CN.properties");
    Bundle english = Bundle.fromClasspath(I18N + bundle + "_en.properties");

    Map<String, String> unparsable = new TreeMap<>();
    Map<String, String> differing = new TreeMap<>();
    for (Map.Entry<String, String> entry : chinese.texts.entrySet()) {
      String key = entry.getKey();
      String englishText = english.texts.get(key);
      Set<Integer> chineseArguments =
          arguments(entry.getValue(), CHINESE, unparsable, chinese, key);
      if (englishText == null) {
        continue; // reported by the key comparison
      }
      Set<Integer> englishArguments = arguments(englishText, ENGLISH, unparsable, english, key);
      if (chineseArguments != null
          && englishArguments != null
          && !chineseArguments.equals(englishArguments)) {
        differing.put(key, "zh_CN " + chineseArguments + " / en " + englishArguments);
      }
    }
    for (Map.Entry<String, String> entry : english.texts.entrySet()) {
      if (!chinese.texts.containsKey(entry.getKey())) {
        arguments(entry.getValue(), ENGLISH, unparsable, english, entry.getKey());
      }
    }

    assertThat(unparsable).as("patterns MessageFormat cannot parse").isEmpty();
    assertThat(differing).as("keys whose languages use different arguments").isEmpty();
  }

  /** The argument numbers a pattern really shows, or null (and an entry in errors) if invalid. */
  private static SortedSet<Integer> arguments(
      String pattern, Locale locale, Map<String, String> errors, Bundle bundle, String key) {
    MessageFormat format;
    try {
      format = new MessageFormat(pattern, locale);
    } catch (IllegalArgumentException e) {
      errors.put(bundle.name + ": " + key, e.getMessage());
      return null;
    }
    // Format every argument as plain text so that a marker shows which ones reach the output.
    format.setFormats(new Format[format.getFormats().length]);
    int count = format.getFormatsByArgumentIndex().length;
    Object[] markers = new Object[count];
    for (int i = 0; i < count; i++) {
      markers[i] = "\u0001" + i + "\u0002";
    }
    String shown = format.format(markers);
    SortedSet<Integer> used = new TreeSet<>();
    Matcher marker = Pattern.compile("\u0001(\\d+)\u0002").matcher(shown);
    while (marker.find()) {
      used.add(Integer.parseInt(marker.group(1)));
    }
    return used;
  }

  /** Bean Validation texts are not MessageFormat patterns: compare their {parameters} instead. */
  @Test
  void validationMessagesUseTheSameParametersInBothLanguages() {
    Bundle chinese = Bundle.ofEjbModule("ValidationMessages_zh_CN.properties");
    Bundle english = Bundle.ofEjbModule("ValidationMessages_en.properties");

    Map<String, String> differing = new TreeMap<>();
    chinese.texts.forEach(
        (key, text) -> {
          String englishText = english.texts.get(key);
          if (englishText != null && !parameters(text).equals(parameters(englishText))) {
            differing.put(key, "zh_CN " + parameters(text) + " / en " + parameters(englishText));
          }
        });

    assertThat(differing).as("keys whose languages use different parameters").isEmpty();
  }

  private static SortedSet<String> parameters(String text) {
    SortedSet<String> found = new TreeSet<>();
    Matcher parameter = Pattern.compile("[{]([^{}]+)[}]").matcher(text);
    while (parameter.find()) {
      found.add(parameter.group(1));
    }
    return found;
  }

  // ---------------------------------------------------------------- enum labels

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Messages_zh_CN.properties", "Messages_en.properties"})
  void everyEnumShownOnPagesHasALabel(String file) {
    Bundle bundle = Bundle.fromClasspath(I18N + file);

    List<String> labelKeys = new ArrayList<>();
    Stream.<Class<? extends Enum<?>>>of(
            Position.class,
            RegionLevel.class,
            ItemType.class,
            OnlineLevel.class,
            OnlineDepth.class,
            ServiceObject.class,
            MaterialForm.class,
            MaterialNecessity.class,
            DeliveryMode.class,
            CaseKind.class,
            VersionStatus.class,
            ReformOutcome.class,
            ItemChangeKind.class,
            // the citizen pages' own: case, complaint, consultation and evaluation states
            ApplicantKind.class,
            IdType.class,
            CaseStatus.class,
            CaseAction.class,
            MaterialState.class,
            ComplaintAction.class,
            ComplaintStatus.class,
            ComplaintSubject.class,
            Rating.class,
            LifeEvent.class,
            QuestionStatus.class,
            RatingLevel.class,
            RatingTag.class,
            TicketStatus.class)
        .flatMap(type -> Stream.of(type.getEnumConstants()))
        .map(constant -> constant.getDeclaringClass().getSimpleName() + "." + constant.name())
        .forEach(labelKeys::add);

    SortedSet<String> missing = new TreeSet<>();
    for (String key : labelKeys) {
      String label = bundle.texts.get(key);
      if (label == null || label.isBlank()) {
        missing.add(key);
      }
    }
    assertThat(missing).as("enum labels missing in %s", bundle.name).isEmpty();
  }

  // ---------------------------------------------------------------- keys used by the code

  /** Where the EJB module's Java sources are, next to this module. */
  private static final Path EJB_SOURCES = Path.of("..", "approval-ejb", "src", "main", "java");

  /**
   * Every message key the catalogue's code names (business exceptions, rule violations) has a text
   * in the page bundles, and every Bean Validation key one in ValidationMessages: a typo in a key
   * would otherwise show the raw key to the user.
   */
  @Test
  void everyCatalogueKeyInTheCodeHasATextInBothLanguages() throws IOException {
    Pattern literal = Pattern.compile("\"(\\{?)(catalogue\\.[A-Za-z]+\\.[A-Za-z.]+)\\}?\"");
    SortedSet<String> messageKeys = new TreeSet<>();
    SortedSet<String> validationKeys = new TreeSet<>();
    Path catalogue = EJB_SOURCES.resolve(Path.of("gov", "approval", "catalogue"));
    assertThat(catalogue).as("catalogue sources").isDirectory();
    try (Stream<Path> files = Files.walk(catalogue)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher key = literal.matcher(Files.readString(file));
        while (key.find()) {
          (key.group(1).isEmpty() ? messageKeys : validationKeys).add(key.group(2));
        }
      }
    }
    assertThat(messageKeys).as("message keys found in the code").isNotEmpty();
    assertThat(validationKeys).as("validation keys found in the code").isNotEmpty();

    for (String file : List.of("Messages_zh_CN.properties", "Messages_en.properties")) {
      Bundle bundle = Bundle.fromClasspath(I18N + file);
      assertThat(bundle.texts.keySet()).as("keys of %s", file).containsAll(messageKeys);
    }
    for (String file :
        List.of(
            "ValidationMessages_zh_CN.properties",
            "ValidationMessages_en.properties",
            "ValidationMessages.properties")) {
      Bundle bundle = Bundle.ofEjbModule(file);
      assertThat(bundle.texts.keySet()).as("keys of %s", file).containsAll(validationKeys);
    }
  }

  /**
   * A business exception's message key names its text in the page bundles, which {@code Texts}
   * resolves in the user's language: every key the EJB code throws with, in any feature, must have
   * a Chinese and an English text, or the user reads the raw key. The one key built at run time, a
   * refused case transition ({@code casework.transition.notAllowed.} plus the case's status), is
   * checked for every status.
   */
  @Test
  void everyBusinessExceptionKeyInTheCodeHasATextInBothLanguages() throws IOException {
    Pattern thrown =
        Pattern.compile(
            "new (?:BusinessException|AccessDeniedException|ConcurrentChangeException)\\(\\s*"
                + "\"([A-Za-z]+(?:\\.[A-Za-z]+)+\\.?)\"");
    SortedSet<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(EJB_SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher key = thrown.matcher(Files.readString(file));
        while (key.find()) {
          String found = key.group(1);
          if (found.endsWith(".")) {
            Stream.of(CaseStatus.values()).map(status -> found + status.name()).forEach(keys::add);
          } else {
            keys.add(found);
          }
        }
      }
    }
    assertThat(keys).as("business exception keys found in the code").hasSizeGreaterThan(100);

    for (String file : List.of("Messages_zh_CN.properties", "Messages_en.properties")) {
      Bundle bundle = Bundle.fromClasspath(I18N + file);
      SortedSet<String> missing = new TreeSet<>(keys);
      missing.removeAll(bundle.texts.keySet());
      assertThat(missing).as("business exception keys without a text in %s", file).isEmpty();
    }
  }

  // ---------------------------------------------------------------- loading

  /** One properties file, read strictly as UTF-8 (as ResourceBundle reads it), keeping repeats. */
  private static final class Bundle {

    final String name;
    final SortedMap<String, String> texts = new TreeMap<>();
    final SortedSet<String> duplicateKeys = new TreeSet<>();

    private Bundle(String name) {
      this.name = name;
    }

    static Bundle fromClasspath(String path) {
      URL url = MessageBundlesTest.class.getClassLoader().getResource(path);
      assertThat(url).as("%s on the test classpath", path).isNotNull();
      try (InputStream in = url.openStream()) {
        return read(path.substring(path.lastIndexOf('/') + 1), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** From the EJB module on the test classpath, else from its sources next to this module. */
    static Bundle ofEjbModule(String file) {
      if (MessageBundlesTest.class.getClassLoader().getResource(file) != null) {
        return fromClasspath(file);
      }
      Path path = EJB_RESOURCES.resolve(file);
      assertThat(path).as("%s of approval-ejb", file).isRegularFile();
      try (InputStream in = Files.newInputStream(path)) {
        return read(file, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Bundle read(String name, InputStream in) throws IOException {
      Bundle bundle = new Bundle(name);
      Properties recording =
          new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
              if (containsKey(key)) {
                bundle.duplicateKeys.add((String) key);
              }
              bundle.texts.put((String) key, (String) value);
              return super.put(key, value);
            }
          };
      Reader reader =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      recording.load(reader);
      return bundle;
    }
  }
}
