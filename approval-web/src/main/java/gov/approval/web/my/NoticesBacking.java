package gov.approval.web.my;

import gov.approval.portal.boundary.MyNotice;
import gov.approval.portal.boundary.UserCentre;
import gov.approval.web.shell.BoundaryLazyModel;
import gov.approval.web.shell.Deadlines;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/** My notices ({@code /my/notices.xhtml}): the official PDF notices of all my cases, paged. */
@Named("myNoticesBacking")
@ViewScoped
public class NoticesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient UserCentre centre;

  private BoundaryLazyModel<MyNotice, Void> notices;

  @PostConstruct
  void init() {
    UserCentre boundary = centre;
    notices =
        new BoundaryLazyModel<>(
            (request, none) -> boundary.myNotices(request), MyNotice::storageName);
  }

  public BoundaryLazyModel<MyNotice, Void> getNotices() {
    return notices;
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }
}
