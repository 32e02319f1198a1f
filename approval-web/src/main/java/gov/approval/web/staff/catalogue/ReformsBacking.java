package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.ReformRoundForm;
import gov.approval.catalogue.boundary.ReformRoundRow;
import gov.approval.catalogue.boundary.ReformService;
import gov.approval.catalogue.entity.ReformRound;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The reform rounds ({@code /staff/catalogue/reforms.xhtml}): every round with how many decisions
 * it holds and how many are carried out, and a dialog to record a new round. A city holds a few
 * rounds a year, so the list is not paged.
 */
@Named
@ViewScoped
public class ReformsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReformService reformService;

  private List<ReformRoundRow> rounds;

  @NotBlank(message = "{catalogue.reform.name.required}")
  @Size(max = ReformRound.NAME_LENGTH)
  private String name;

  @NotNull(message = "{catalogue.reform.decidedOn.required}")
  private LocalDate decidedOn;

  @NotBlank(message = "{catalogue.reform.documentNumber.required}")
  @Size(max = ReformRound.DOCUMENT_NUMBER_LENGTH)
  private String documentNumber;

  @PostConstruct
  void load() {
    rounds = reformService.rounds();
  }

  public void startCreate() {
    name = null;
    decidedOn = null;
    documentNumber = null;
  }

  /** Records the round and opens it, where its decisions are added. */
  public String create() {
    Long id =
        Attempt.get(
            () -> reformService.createRound(new ReformRoundForm(name, decidedOn, documentNumber)));
    if (id == null) {
      return null;
    }
    Texts.info("staff_catalogue_reforms.created", name);
    return "/staff/catalogue/reform?faces-redirect=true&id=" + id;
  }

  public List<ReformRoundRow> getRounds() {
    return rounds;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }
}
