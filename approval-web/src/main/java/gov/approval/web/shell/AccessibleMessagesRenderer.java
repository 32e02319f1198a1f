package gov.approval.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with valid list markup. PrimeFaces gives each message's {@code <li>} the
 * role {@code alert}, which takes it out of its list for assistive technology (axe-core reports it
 * as a serious violation on every page that shows a message); here the {@code <li>} stays a list
 * item and a {@code <span>} inside it carries the alert, so messages are still announced.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages uiMessages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new AlertInsideListItem(writer), uiMessages, message, severity, escape);
  }

  /** Opens a span right after each {@code <li>}, so the attributes written next land on it. */
  private static final class AlertInsideListItem extends ResponseWriterWrapper {

    AlertInsideListItem(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      super.startElement(name, component);
      if ("li".equals(name)) {
        super.startElement("span", null);
      }
    }

    @Override
    public void endElement(String name) throws IOException {
      if ("li".equals(name)) {
        super.endElement("span");
      }
      super.endElement(name);
    }
  }
}
