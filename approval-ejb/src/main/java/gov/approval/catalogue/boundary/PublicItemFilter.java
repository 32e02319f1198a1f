package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import java.util.Locale;

/**
 * The filters citizens browse the published catalogue by; a null field filters nothing. Lists and
 * departments are named by their codes (e.g. {@code APPROVAL}, {@code SYJ}), so that a filtered
 * page is a bookmarkable address. The theme is whom the item serves: individuals or enterprises.
 */
public record PublicItemFilter(
    String listCode,
    String departmentCode,
    ServiceObject theme,
    RegionLevel regionLevel,
    OnlineLevel onlineLevel,
    ItemType type) {

  public static final PublicItemFilter NONE =
      new PublicItemFilter(null, null, null, null, null, null);

  public PublicItemFilter {
    listCode = code(listCode);
    departmentCode = code(departmentCode);
  }

  private static String code(String code) {
    return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
  }
}
