package gov.approval.web.portal;

import gov.approval.catalogue.boundary.PublicItemRow;
import gov.approval.web.i18n.Texts;
import java.util.Locale;

/**
 * A row of the public item list with its texts ready: the guide's address and the labels of type,
 * level and online level in the visitor's language. The list renders twenty of them per page, and
 * each expression a row evaluates is asked of every row; so the row asks no bundle and builds no
 * key.
 */
public record ListedItem(
    String href,
    String name,
    boolean suspended,
    String departmentName,
    String typeLabel,
    String levelLabel,
    String onlineLabel,
    String implementationCode) {

  static ListedItem of(PublicItemRow row, String contextPath, Locale locale) {
    return new ListedItem(
        contextPath + "/item.xhtml?code=" + row.implementationCode(),
        row.name(),
        row.suspended(),
        row.departmentName(),
        Texts.text(locale, "ItemType." + row.type().name()),
        Texts.text(locale, "RegionLevel." + row.regionLevel().name()),
        Texts.text(locale, "OnlineLevel." + row.onlineLevel().name()),
        row.implementationCode());
  }
}
