package gov.approval.web.shell;

import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.catalogue.entity.ProcessStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.diagram.Connection;
import org.primefaces.model.diagram.DefaultDiagramModel;
import org.primefaces.model.diagram.Element;
import org.primefaces.model.diagram.connector.FlowChartConnector;
import org.primefaces.model.diagram.endpoint.BlankEndPoint;
import org.primefaces.model.diagram.endpoint.EndPoint;
import org.primefaces.model.diagram.endpoint.EndPointAnchor;
import org.primefaces.model.diagram.overlay.ArrowOverlay;

/**
 * Builds the {@code p:diagram} model of an item's process steps for the flowchart component ({@code
 * resources/components/flowchart.xhtml}): one box per step from top to bottom, joined by arrows. It
 * takes the public guide's steps and the editor's {@link ProcessStep}s alike, so the guide and the
 * back office draw the same chart. Element and end point ids are fixed, so the model may be built
 * more than once while a page renders.
 */
@Named
@ApplicationScoped
public class Flowcharts {

  /** Vertical distance between two boxes, in em. */
  private static final int STEP_HEIGHT = 6;

  /** One box: its label lines. */
  public record Box(String name, String role, Integer limitDays) {}

  /** The diagram of {@code steps} (a list of {@link PublicGuide.Step} or {@link ProcessStep}). */
  public DefaultDiagramModel of(List<?> steps) {
    DefaultDiagramModel model = new DefaultDiagramModel();
    model.setMaxConnections(-1);
    model.setConnectionsDetachable(false);
    FlowChartConnector connector = new FlowChartConnector();
    connector.setPaintStyle("{stroke:'#b71c1c', strokeWidth:2}");
    model.setDefaultConnector(connector);
    if (steps == null) {
      return model;
    }
    Element previous = null;
    for (int i = 0; i < steps.size(); i++) {
      Element box = new Element(box(steps.get(i)), "1em", (i * STEP_HEIGHT + 1) + "em");
      box.setId("step" + (i + 1));
      box.setDraggable(false);
      box.setStyleClass("flow-step");
      box.addEndPoint(endPoint("step" + (i + 1) + "-in", EndPointAnchor.TOP));
      box.addEndPoint(endPoint("step" + (i + 1) + "-out", EndPointAnchor.BOTTOM));
      model.addElement(box);
      if (previous != null) {
        Connection arrow =
            new Connection(previous.getEndPoints().get(1), box.getEndPoints().get(0));
        arrow.getOverlays().add(new ArrowOverlay(12, 12, 1, 1));
        arrow.setDetachable(false);
        model.connect(arrow);
      }
      previous = box;
    }
    return model;
  }

  /** The height the diagram needs for {@code steps}, as a CSS length. */
  public String height(List<?> steps) {
    int count = steps == null ? 0 : steps.size();
    return (count * STEP_HEIGHT + 1) + "em";
  }

  private static EndPoint endPoint(String id, EndPointAnchor anchor) {
    EndPoint point = new BlankEndPoint(anchor);
    point.setId(id);
    return point;
  }

  private static Box box(Object step) {
    if (step instanceof PublicGuide.Step s) {
      return new Box(s.number() + ". " + s.name(), s.role(), s.limitDays());
    }
    if (step instanceof ProcessStep s) {
      return new Box(s.getName(), s.getRole(), s.getLimitDays());
    }
    throw new IllegalArgumentException("not a process step: " + step);
  }
}
