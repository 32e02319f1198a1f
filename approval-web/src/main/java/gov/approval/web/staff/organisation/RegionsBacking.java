package gov.approval.web.staff.organisation;

import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import gov.approval.organisation.boundary.RegionNode;
import gov.approval.organisation.boundary.RegionService;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The region tree ({@code /staff/organisation/regions.xhtml}): 市, 县, 镇, 村 loaded level by level as
 * the user expands them; the selected region's details and halls; adding, renaming, deactivating
 * and activating regions with ORG_MANAGE.
 */
@Named
@ViewScoped
public class RegionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegionService regions;

  @Inject HallService halls;

  private TreeNode<RegionNode> root;
  private TreeNode<RegionNode> selectedNode;
  private RegionNode selected;
  private RegionLevel childLevel;
  private BoundaryLazyModel<HallRow, Long> selectedHalls;

  @NotBlank(message = "{organisation.region.code.required}")
  @Pattern(regexp = Region.CODE_PATTERN, message = "{organisation.region.code.pattern}")
  private String childCode;

  @NotBlank(message = "{organisation.region.name.required}")
  @Size(max = Region.NAME_LENGTH)
  private String childName;

  @NotBlank(message = "{organisation.region.name.required}")
  @Size(max = Region.NAME_LENGTH)
  private String newName;

  /** Shows the cities with their counties, so the tree opens one level deep. */
  @PostConstruct
  void load() {
    root = new DefaultTreeNode<>(null, null);
    for (RegionNode city : regions.children(null)) {
      RegionTreeNode node = new RegionTreeNode(city, root);
      node.showChildren(regions.children(city.id()));
      node.setExpanded(true);
    }
    selectedHalls = new BoundaryLazyModel<>(halls::page, HallRow::id);
  }

  public void onExpand(NodeExpandEvent event) {
    if (event.getTreeNode() instanceof RegionTreeNode node && !node.isLoaded()) {
      node.showChildren(regions.children(node.getData().id()));
    }
  }

  public void onSelect(NodeSelectEvent event) {
    select(event.getTreeNode());
  }

  public void startAddChild() {
    childCode = null;
    childName = null;
  }

  public void addChild() {
    RegionNode child = Attempt.get(() -> regions.create(selected.id(), childCode, childName));
    if (child != null) {
      RegionTreeNode node = (RegionTreeNode) selectedNode;
      refreshSelected();
      node.showChildren(regions.children(selected.id()));
      node.setExpanded(true);
      saved("staff_organisation_regions.added", child.name());
    }
  }

  public void startRename() {
    newName = selected.name();
  }

  public void rename() {
    if (Attempt.run(() -> regions.rename(selected.id(), selected.version(), newName))) {
      refreshSelected();
      saved("app.saved");
    }
  }

  public void deactivate() {
    if (Attempt.run(() -> regions.deactivate(selected.id(), selected.version()))) {
      Texts.info("staff_organisation_regions.deactivated", selected.name());
    }
    refreshSelected();
  }

  public void activate() {
    if (Attempt.run(() -> regions.activate(selected.id(), selected.version()))) {
      Texts.info("staff_organisation_regions.activated", selected.name());
    }
    refreshSelected();
  }

  private void select(TreeNode<RegionNode> node) {
    selectedNode = node;
    refreshSelected();
  }

  /** Reads the selected region again, so that versions, counts and status are current. */
  private void refreshSelected() {
    selected = regions.find(selectedNode.getData().id()).orElseThrow();
    ((DefaultTreeNode<RegionNode>) selectedNode).setData(selected);
    childLevel = selected.level().below().orElse(null);
    selectedHalls.setFilter(selected.id());
  }

  /** After a dialog saved: the message and the tree and details behind the dialog. */
  private void saved(String key, Object... arguments) {
    Texts.info(key, arguments);
    PrimeFaces.current().ajax().update("regionsForm", "growl");
  }

  public TreeNode<RegionNode> getRoot() {
    return root;
  }

  public TreeNode<RegionNode> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<RegionNode> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public RegionNode getSelected() {
    return selected;
  }

  /** The level of a sub-region of the selected region; null below a village. */
  public RegionLevel getChildLevel() {
    return childLevel;
  }

  public BoundaryLazyModel<HallRow, Long> getSelectedHalls() {
    return selectedHalls;
  }

  public String getChildCode() {
    return childCode;
  }

  public void setChildCode(String childCode) {
    this.childCode = childCode;
  }

  public String getChildName() {
    return childName;
  }

  public void setChildName(String childName) {
    this.childName = childName;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
