package gov.approval.batch.republication;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of one run: a job parameter when the run was started with one, else the MicroProfile
 * Config key {@code approval.republication.<name>}, else the default. With no URL the run writes
 * files into the export folder (by default {@code republication/} in the domain).
 */
record RepublicationSettings(
    Optional<String> url,
    Optional<String> apiKey,
    Optional<String> hmacSecret,
    Duration timeout,
    int maxAttempts,
    Duration backoff,
    Path exportDir) {

  static RepublicationSettings of(
      String url,
      String apiKey,
      String hmacSecret,
      String timeoutSeconds,
      String maxAttempts,
      String backoffMillis,
      String exportDir) {
    Config config = ConfigProvider.getConfig();
    return new RepublicationSettings(
        value(config, url, "url"),
        value(config, apiKey, "api-key"),
        value(config, hmacSecret, "hmac-secret"),
        Duration.ofSeconds(Math.max(1, number(config, timeoutSeconds, "timeout-seconds", 10))),
        (int) Math.max(1, number(config, maxAttempts, "max-attempts", 3)),
        Duration.ofMillis(Math.max(0, number(config, backoffMillis, "backoff-millis", 500))),
        value(config, exportDir, "export-dir")
            .map(Path::of)
            .orElseGet(RepublicationSettings::domainExportDir));
  }

  boolean toFiles() {
    return url.isEmpty();
  }

  String target() {
    return url.orElse(exportDir.toString());
  }

  /** The wait before attempt {@code attempt} (2, 3 ...): the backoff doubled per earlier retry. */
  Duration backoffBefore(int attempt) {
    return backoff.multipliedBy(1L << Math.min(10, attempt - 2));
  }

  /** What the job XML substitutes for a job parameter the run was not started with. */
  static final String UNSET = "@config";

  /** A parameter value meaning "none", e.g. no URL: send to the export folder. */
  static final String NONE = "@none";

  private static Optional<String> value(Config config, String parameter, String key) {
    if (parameter != null && !parameter.equals(UNSET)) {
      return parameter.isBlank() || parameter.equals(NONE)
          ? Optional.empty()
          : Optional.of(parameter.strip());
    }
    return config
        .getOptionalValue("approval.republication." + key, String.class)
        .filter(text -> !text.isBlank())
        .map(String::strip);
  }

  private static long number(Config config, String parameter, String key, long fallback) {
    return value(config, parameter, key).map(Long::parseLong).orElse(fallback);
  }

  private static Path domainExportDir() {
    String domain = System.getProperty("com.sun.aas.instanceRoot", ".");
    return Path.of(domain, "republication");
  }
}
