package gov.approval.batch.republication;

import java.io.Serializable;
import java.util.Properties;

/**
 * Settings for one run that replace the configured ones ({@code approval.republication.*}); a null
 * field keeps the configuration. An empty {@code url} sends to the export folder whatever is
 * configured. Tests point a run at their stub platform this way, without touching server config.
 */
public record RepublicationOverrides(
    String url,
    String apiKey,
    String hmacSecret,
    Integer timeoutSeconds,
    Integer maxAttempts,
    Long backoffMillis,
    String exportDir,
    Integer chunkSize)
    implements Serializable {

  public static RepublicationOverrides none() {
    return new RepublicationOverrides(null, null, null, null, null, null, null, null);
  }

  public static RepublicationOverrides toUrl(String url) {
    return new RepublicationOverrides(url, null, null, null, null, null, null, null);
  }

  Properties asJobParameters() {
    Properties parameters = new Properties();
    put(parameters, "url", url == null || !url.isBlank() ? url : RepublicationSettings.NONE);
    put(parameters, "apiKey", apiKey);
    put(parameters, "hmacSecret", hmacSecret);
    put(parameters, "timeoutSeconds", timeoutSeconds);
    put(parameters, "maxAttempts", maxAttempts);
    put(parameters, "backoffMillis", backoffMillis);
    put(parameters, "exportDir", exportDir);
    put(parameters, "chunkSize", chunkSize);
    return parameters;
  }

  private static void put(Properties parameters, String name, Object value) {
    if (value != null) {
      parameters.setProperty(name, value.toString());
    }
  }
}
