package gov.approval.web.staff.organisation;

import gov.approval.organisation.boundary.RegionNode;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * A region in the dynamic tree. It knows from its {@link RegionNode} whether it has sub-regions, so
 * the tree offers to expand it before they are loaded; they are loaded on the first expand.
 */
public class RegionTreeNode extends DefaultTreeNode<RegionNode> {

  private static final long serialVersionUID = 1L;

  private boolean loaded;

  public RegionTreeNode(RegionNode region, TreeNode<RegionNode> parent) {
    super(region, parent);
  }

  @Override
  public boolean isLeaf() {
    return getData() == null ? super.isLeaf() : getData().isLeaf();
  }

  public boolean isLoaded() {
    return loaded;
  }

  /** Replaces the sub-regions shown below this node. */
  public void showChildren(List<RegionNode> children) {
    getChildren().clear();
    children.forEach(child -> new RegionTreeNode(child, this));
    loaded = true;
  }
}
