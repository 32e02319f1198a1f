package gov.approval.web.api;

import gov.approval.catalogue.boundary.PublicChange;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the public changelog, newest first, with the total and the page (from 1). */
@Schema(name = "ChangePage")
public record ChangePage(List<PublicChange> changes, long total, int page, int size) {}
