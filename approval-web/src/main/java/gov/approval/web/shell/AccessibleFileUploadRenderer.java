package gov.approval.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple (unskinned) file upload without {@code aria-hidden}: there the browser's own
 * file field is the visible control, and hiding it from assistive technology while it still takes
 * the keyboard focus leaves a blind user on an unnamed field (axe-core: a serious violation).
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

  @Override
  protected void encodeSimpleInputField(
      FacesContext context, FileUpload upload, String clientId, String style, String styleClass)
      throws IOException {
    ResponseWriter original = context.getResponseWriter();
    context.setResponseWriter(
        new ResponseWriterWrapper(original) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!"aria-hidden".equals(name)) {
              super.writeAttribute(name, value, property);
            }
          }
        });
    try {
      super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
    } finally {
      context.setResponseWriter(original);
    }
  }
}
