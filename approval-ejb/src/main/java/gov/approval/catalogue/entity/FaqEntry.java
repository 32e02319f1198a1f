package gov.approval.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** One question citizens often ask about an item (常见问题), with its answer. */
@Embeddable
public class FaqEntry {

  public static final int QUESTION_LENGTH = 256;
  public static final int ANSWER_LENGTH = 2000;

  @NotBlank(message = "{catalogue.faq.question.required}")
  @Size(max = QUESTION_LENGTH)
  @Column(name = "question", nullable = false, length = QUESTION_LENGTH)
  private String question;

  @NotBlank(message = "{catalogue.faq.answer.required}")
  @Size(max = ANSWER_LENGTH)
  @Column(name = "answer", nullable = false, length = ANSWER_LENGTH)
  private String answer;

  protected FaqEntry() {}

  public FaqEntry(String question, String answer) {
    this.question = question;
    this.answer = answer;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FaqEntry other
        && Objects.equals(question, other.question)
        && Objects.equals(answer, other.answer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(question, answer);
  }
}
