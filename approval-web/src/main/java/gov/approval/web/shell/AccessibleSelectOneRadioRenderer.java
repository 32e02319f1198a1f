package gov.approval.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.selectoneradio.SelectOneRadio;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

/**
 * PrimeFaces' radio buttons without the {@code aria-checked} it writes on the plain layout cells
 * around each option: a div without a role may not carry it (axe-core: a critical violation). The
 * radio input inside each cell says whether it is checked.
 */
public class AccessibleSelectOneRadioRenderer extends SelectOneRadioRenderer {

  @Override
  protected void encodeResponsiveLayout(FacesContext context, SelectOneRadio radio, String style)
      throws IOException {
    ResponseWriter original = context.getResponseWriter();
    context.setResponseWriter(new NoAriaCheckedOnDivs(original));
    try {
      super.encodeResponsiveLayout(context, radio, style);
    } finally {
      context.setResponseWriter(original);
    }
  }

  private static final class NoAriaCheckedOnDivs extends ResponseWriterWrapper {

    private String element = "";

    NoAriaCheckedOnDivs(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("div".equals(element) && "aria-checked".equals(name)) {
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
