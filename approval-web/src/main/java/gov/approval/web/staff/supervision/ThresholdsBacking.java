package gov.approval.web.staff.supervision;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.supervision.boundary.ThresholdForm;
import gov.approval.supervision.boundary.ThresholdRow;
import gov.approval.supervision.boundary.WarningService;
import gov.approval.supervision.entity.Thresholds;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Warning thresholds ({@code /staff/supervision/thresholds.xhtml}): the configured defaults and the
 * thresholds set per item type or per item, added, changed and removed here.
 */
@Named
@ViewScoped
public class ThresholdsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WarningService service;

  private Thresholds defaults;
  private List<ThresholdRow> rows = List.of();

  private ItemType itemType;
  private String itemCode;
  private int yellowSharePercent = 75;
  private int yellowDaysLeft = 2;

  @PostConstruct
  void init() {
    defaults = service.defaults();
    yellowSharePercent = defaults.yellowSharePercent();
    yellowDaysLeft = defaults.yellowDaysLeft();
    rows = service.thresholds();
  }

  public void add() {
    ThresholdRow saved =
        Attempt.get(
            () ->
                service.saveThreshold(
                    new ThresholdForm(itemType, itemCode, yellowSharePercent, yellowDaysLeft),
                    null,
                    0));
    if (saved != null) {
      Texts.info("staff_supervision_thresholds.saved");
      itemType = null;
      itemCode = null;
      rows = service.thresholds();
    }
  }

  public void remove(ThresholdRow row) {
    if (Attempt.run(() -> service.removeThreshold(row.id(), row.version()))) {
      Texts.info("staff_supervision_thresholds.removed");
      rows = service.thresholds();
    }
  }

  public ItemType[] getItemTypes() {
    return ItemType.values();
  }

  public Thresholds getDefaults() {
    return defaults;
  }

  public List<ThresholdRow> getRows() {
    return rows;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public void setItemType(ItemType itemType) {
    this.itemType = itemType;
  }

  public String getItemCode() {
    return itemCode;
  }

  public void setItemCode(String itemCode) {
    this.itemCode = itemCode;
  }

  public int getYellowSharePercent() {
    return yellowSharePercent;
  }

  public void setYellowSharePercent(int yellowSharePercent) {
    this.yellowSharePercent = yellowSharePercent;
  }

  public int getYellowDaysLeft() {
    return yellowDaysLeft;
  }

  public void setYellowDaysLeft(int yellowDaysLeft) {
    this.yellowDaysLeft = yellowDaysLeft;
  }
}
