package gov.approval.consultation.boundary;

import gov.approval.consultation.entity.Question;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new question: about an item (its implementation code) or, without one, a policy of a department
 * (its code); the text; and whether the asker consents to its anonymous publication.
 */
public record QuestionForm(
    String itemCode,
    String departmentCode,
    @NotBlank(message = "{consultation.question.required}")
        @Size(max = Question.TEXT_LENGTH, message = "{consultation.question.tooLong}")
        String text,
    boolean consentToPublish) {}
