package gov.approval.web.api;

import gov.approval.consultation.boundary.ConsultationService;
import gov.approval.consultation.boundary.QuestionForm;
import gov.approval.consultation.boundary.QuestionRow;
import gov.approval.platform.boundary.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/my/questions}: policy consultation (政策咨询) for the token's citizen. */
@Path("my/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "my")
@SecurityRequirement(name = "bearer")
public class MyQuestionsResource {

  @Inject ConsultationService consultation;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "My questions", description = "Newest first, with answers and due dates.")
  public ListPage<QuestionRow> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    ApiCaller.requireCitizen(security, headers);
    Paging paging = Paging.of(page, size);
    Page<QuestionRow> rows = consultation.myQuestions(paging.request());
    return new ListPage<>(rows.rows(), rows.total(), paging.page(), paging.size());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask",
      description =
          "About an item (itemCode) or a department's policy (departmentCode); the answer is due"
              + " within the configured working days.")
  public Response ask(QuestionForm form) {
    ApiCaller.requireCitizen(security, headers);
    if (form == null) {
      throw Problem.of(Response.Status.BAD_REQUEST, "consultation.question.whom").asException();
    }
    return Response.status(Response.Status.CREATED).entity(consultation.ask(form)).build();
  }
}
