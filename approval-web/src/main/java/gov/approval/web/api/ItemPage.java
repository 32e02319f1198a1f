package gov.approval.web.api;

import gov.approval.catalogue.boundary.PublicItemRow;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of published items: the rows, the total matching, the page (from 1) and its size. */
@Schema(name = "ItemPage")
public record ItemPage(List<PublicItemRow> items, long total, int page, int size) {}
