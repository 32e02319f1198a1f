package gov.approval.platform.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Subjects and bodies of the platform's mails, from the {@code MailTexts} bundle in the citizen's
 * language (Chinese unless stated).
 */
public final class MailTexts {

  private static final String BUNDLE = "gov.approval.platform.boundary.MailTexts";

  private MailTexts() {}

  public static Mail compose(String to, Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    return new Mail(
        to,
        new MessageFormat(bundle.getString(key + ".subject"), locale).format(arguments),
        new MessageFormat(bundle.getString(key + ".body"), locale).format(arguments));
  }

  public static Mail compose(String to, String key, Object... arguments) {
    return compose(to, Locale.SIMPLIFIED_CHINESE, key, arguments);
  }
}
